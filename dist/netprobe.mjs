import { createRequire as __sidecarLintRequire } from 'node:module';
const require = __sidecarLintRequire(import.meta.url);

// src/verify/netprobe.ts
import * as net from "node:net";
import * as http from "node:http";
var [mode, portText, pathOrTimeout, timeoutText] = process.argv.slice(2);
var port = Number(portText);
var timeoutMs = Number((mode === "http" ? timeoutText : pathOrTimeout) ?? 2e3);
var printed = false;
function out(r) {
  if (printed) return;
  printed = true;
  process.stdout.write(JSON.stringify(r) + "\n");
}
if (!(port > 0 && port < 65536)) {
  out({ ok: false, detail: `bad port ${portText}` });
} else if (mode === "tcp") {
  const started = performance.now();
  const s = net.connect({ host: "127.0.0.1", port, timeout: timeoutMs });
  s.on("connect", () => {
    out({ ok: true, detail: `connected to 127.0.0.1:${port} in ${Math.round(performance.now() - started)} ms` });
    s.destroy();
  });
  s.on("timeout", () => {
    out({ ok: false, detail: `no answer from 127.0.0.1:${port} within ${timeoutMs} ms` });
    s.destroy();
  });
  s.on("error", (e) => out({ ok: false, detail: `127.0.0.1:${port}: ${e.code ?? e.message}` }));
} else if (mode === "http") {
  const path = pathOrTimeout ?? "/";
  const req = http.get({ host: "127.0.0.1", port, path, timeout: timeoutMs }, (res) => {
    let body = "";
    res.setEncoding("utf8");
    res.on("data", (d) => {
      if (body.length < 65536) body += d;
    });
    res.on("end", () => {
      const status = res.statusCode ?? 0;
      out({ ok: status >= 200 && status < 400, status, body, detail: `GET http://127.0.0.1:${port}${path} → ${status}` });
    });
  });
  req.on("timeout", () => {
    out({ ok: false, detail: `GET http://127.0.0.1:${port}${path}: no answer within ${timeoutMs} ms` });
    req.destroy();
  });
  req.on("error", (e) => out({ ok: false, detail: `GET http://127.0.0.1:${port}${path}: ${e.code ?? e.message}` }));
} else {
  out({ ok: false, detail: `unknown mode ${mode}` });
}
