// crictl-lite: the few crictl commands integration/cluster/node needs, talking CRI v1 to
// containerd (crictl itself, sigs.k8s.io/cri-tools, is not served by the Go module proxy here).
//
//	crictl-lite <endpoint> ps       pod sandboxes and containers, one per line
//	crictl-lite <endpoint> images   image names
//	crictl-lite <endpoint> rmp      stop and remove every pod sandbox (CNI DEL, netns, mounts)
//
// <endpoint> is the runtime's socket, e.g. unix:///run/sidecar-lint-node/containerd/containerd.sock.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: crictl-lite <endpoint> ps|images|rmp")
		os.Exit(2)
	}
	conn, err := grpc.NewClient(os.Args[1], grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		fail(err)
	}
	defer conn.Close()
	rt := runtimeapi.NewRuntimeServiceClient(conn)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	switch os.Args[2] {
	case "ps":
		pods, err := rt.ListPodSandbox(ctx, &runtimeapi.ListPodSandboxRequest{})
		if err != nil {
			fail(err)
		}
		for _, p := range pods.Items {
			fmt.Printf("pod %s %s/%s %s\n", short(p.Id), p.Metadata.Namespace, p.Metadata.Name, p.State)
		}
		ctrs, err := rt.ListContainers(ctx, &runtimeapi.ListContainersRequest{})
		if err != nil {
			fail(err)
		}
		for _, c := range ctrs.Containers {
			fmt.Printf("container %s pod=%s %s attempt=%d %s %s\n", short(c.Id), short(c.PodSandboxId),
				c.Metadata.Name, c.Metadata.Attempt, c.State, c.Image.GetImage())
		}
	case "images":
		imgs, err := runtimeapi.NewImageServiceClient(conn).ListImages(ctx, &runtimeapi.ListImagesRequest{})
		if err != nil {
			fail(err)
		}
		for _, i := range imgs.Images {
			for _, t := range i.RepoTags {
				fmt.Println(t)
			}
		}
	case "rmp":
		pods, err := rt.ListPodSandbox(ctx, &runtimeapi.ListPodSandboxRequest{})
		if err != nil {
			fail(err)
		}
		failed := false
		for _, p := range pods.Items {
			if _, err := rt.StopPodSandbox(ctx, &runtimeapi.StopPodSandboxRequest{PodSandboxId: p.Id}); err != nil {
				fmt.Fprintf(os.Stderr, "stop %s: %v\n", short(p.Id), err)
				failed = true
			}
			if _, err := rt.RemovePodSandbox(ctx, &runtimeapi.RemovePodSandboxRequest{PodSandboxId: p.Id}); err != nil {
				fmt.Fprintf(os.Stderr, "remove %s: %v\n", short(p.Id), err)
				failed = true
				continue
			}
			fmt.Printf("removed pod %s %s/%s\n", short(p.Id), p.Metadata.Namespace, p.Metadata.Name)
		}
		if failed {
			os.Exit(1)
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: crictl-lite <endpoint> ps|images|rmp")
		os.Exit(2)
	}
}

func short(id string) string {
	if len(id) > 13 {
		return id[:13]
	}
	return id
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "crictl-lite:", err)
	os.Exit(1)
}
