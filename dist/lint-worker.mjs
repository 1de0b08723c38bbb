import { createRequire as __sidecarLintRequire } from 'node:module';
const require = __sidecarLintRequire(import.meta.url);
var __getOwnPropNames = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path) {
      const ctrl = callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visit_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path) {
      const ctrl = await callVisitor(key2, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path, ctrl);
        return visitAsync_(key2, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key2, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path);
      return void 0;
    }
    function replaceNode(key2, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key2, ...rest] = path;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key2, ...rest] = path;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key2, ...rest] = path;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key2, ...rest] = path;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema3 = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema3;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema3 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema3.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer2 = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer2}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema3 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema3.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/engine/lint-worker.ts
import { parentPort } from "node:worker_threads";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}

// src/model/objects.ts
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function asArray(v) {
  return Array.isArray(v) ? v : [];
}
function asString(v) {
  return typeof v === "string" ? v : void 0;
}
var K8sObject = class {
  constructor(doc, path, value) {
    this.doc = doc;
    this.path = path;
    this.value = value;
    this.apiVersion = value.apiVersion;
    this.kind = value.kind;
    const meta = isObject(value.metadata) ? value.metadata : {};
    this.name = asString(meta.name) ?? asString(meta.generateName);
    this.namespace = asString(meta.namespace);
  }
  doc;
  path;
  value;
  apiVersion;
  kind;
  name;
  namespace;
  get file() {
    return this.doc.source.path;
  }
  get ref() {
    return { apiVersion: this.apiVersion, kind: this.kind, name: this.name, namespace: this.namespace };
  }
  /** `Kind/name`, for messages. */
  get label() {
    return `${this.kind}/${this.name ?? "<unnamed>"}`;
  }
  get metadata() {
    return isObject(this.value.metadata) ? this.value.metadata : {};
  }
  patch;
  /**
   * A Kustomize strategic-merge patch rather than a whole object: it holds `$patch`-style
   * directives, or its file is named as a patch (`deployment-patch.yaml`, `patches/...`). It is
   * merged with a base the linter does not see, so workload rules leave it alone.
   */
  get isPatch() {
    if (this.patch === void 0) {
      const file = this.file.replace(/\\/g, "/");
      this.patch = namedAsPatch(file) || mayHoldPatchDirective(this.doc.source) && hasPatchDirective(this.value, 0);
    }
    return this.patch;
  }
  /** A path relative to this object, made absolute in its document. */
  at(...rel) {
    return [...this.path, ...rel];
  }
};
function namedAsPatch(file) {
  const parts = file.split("/");
  const name = (parts.at(-1) ?? "").replace(/\.(ya?ml|json)$/i, "");
  const folder = parts.at(-2) ?? "";
  return PATCH_WORD.test(name) || PATCH_WORD.test(folder);
}
var PATCH_WORD = /^patch(es)?([-_.]|$)|[-_.]patch(es)?$/i;
var PATCH_KEY = /^\$(patch|setElementOrder|retainKeys|deleteFromPrimitiveList)/;
var PATCH_TEXT = /\$(patch|setElementOrder|retainKeys|deleteFromPrimitiveList)/;
var patchText = /* @__PURE__ */ new WeakMap();
function mayHoldPatchDirective(source) {
  let may = patchText.get(source);
  if (may === void 0) patchText.set(source, may = PATCH_TEXT.test(source.text));
  return may;
}
function hasPatchDirective(v, depth) {
  if (depth > 40 || v === null || typeof v !== "object") return false;
  if (Array.isArray(v)) return v.some((x) => hasPatchDirective(x, depth + 1));
  for (const [k, x] of Object.entries(v)) {
    if (PATCH_KEY.test(k) || hasPatchDirective(x, depth + 1)) return true;
  }
  return false;
}
function objectsOf(doc) {
  const objects = [];
  const skipped = [];
  const v = doc.value;
  if (v === null || v === void 0) return { objects, skipped };
  if (!isObject(v)) {
    skipped.push({ doc, reason: "not a mapping" });
    return { objects, skipped };
  }
  if (typeof v.apiVersion !== "string" || typeof v.kind !== "string") {
    skipped.push({ doc, reason: "no apiVersion and kind" });
    return { objects, skipped };
  }
  if (/List$/.test(v.kind) && Array.isArray(v.items)) {
    v.items.forEach((item, i) => {
      if (isObject(item) && typeof item.kind === "string" && typeof item.apiVersion === "string") {
        objects.push(new K8sObject(doc, ["items", i], item));
      } else {
        skipped.push({ doc, reason: `items[${i}] has no apiVersion and kind` });
      }
    });
    return { objects, skipped };
  }
  objects.push(new K8sObject(doc, [], v));
  return { objects, skipped };
}

// src/model/kube-version.ts
var NEWEST_KNOWN_MINOR = 37;
var DEFAULT_KUBE_VERSION = { major: 1, minor: NEWEST_KNOWN_MINOR };
function parseKubeVersion(text) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(String(text).trim());
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]) };
}
function formatKubeVersion(v) {
  return `${v.major}.${v.minor}`;
}
function atLeast(v, major, minor) {
  return v.major > major || v.major === major && v.minor >= minor;
}
function nativeSidecarsEnabled(v) {
  return atLeast(v, 1, 29);
}
function containerRestartRulesEnabled(v) {
  return atLeast(v, 1, 35);
}

// src/model/mesh.ts
var MESH_PROXY_NAMES = {
  "istio-proxy": "istio",
  "linkerd-proxy": "linkerd",
  daprd: "dapr"
};
var ISTIO_PORTS = [
  { port: 15e3, name: "Envoy admin" },
  { port: 15001, name: "Envoy outbound" },
  { port: 15004, name: "debug" },
  { port: 15006, name: "Envoy inbound" },
  { port: 15008, name: "HBONE mTLS tunnel" },
  { port: 15009, name: "HBONE secure networks" },
  { port: 15020, name: "merged Prometheus telemetry" },
  { port: 15021, name: "health checks" },
  { port: 15053, name: "DNS proxy" },
  { port: 15090, name: "Envoy Prometheus telemetry" }
];
var ISTIO_RESERVED_RANGE = [15e3, 15090];
var LINKERD_PORTS = [
  { port: 4140, name: "outbound proxy" },
  { port: 4143, name: "inbound proxy" },
  { port: 4191, name: "proxy admin" }
];
function daprPorts(annotations) {
  const ports = [
    { port: 3500, name: "Dapr HTTP API" },
    { port: 50001, name: "Dapr gRPC API" },
    { port: 50002, name: "Dapr internal gRPC" }
  ];
  if (String(annotations["dapr.io/enable-metrics"] ?? "true") !== "false") {
    const metrics = Number(annotations["dapr.io/metrics-port"] ?? 9090);
    if (Number.isInteger(metrics)) ports.push({ port: metrics, name: "Dapr metrics" });
  }
  if (String(annotations["dapr.io/enable-profiling"] ?? "false") === "true") {
    ports.push({ port: 7777, name: "Dapr profiling" });
  }
  return ports;
}
function str(v) {
  if (v === void 0 || v === null) return void 0;
  return String(v);
}
function detectInjection(w, namespaceMeta) {
  const out = [];
  const labels = w.labels;
  const annotations = w.annotations;
  const nsLabels = namespaceMeta && isObject(namespaceMeta.labels) ? namespaceMeta.labels : {};
  const nsAnnotations = namespaceMeta && isObject(namespaceMeta.annotations) ? namespaceMeta.annotations : {};
  const has = (name) => w.containers.some((c) => c.name === name);
  const metaPath = (where, key2) => [...w.podMetaPath, where, key2];
  const hostNetwork = w.podSpec.hostNetwork === true;
  if (!hostNetwork && !has("istio-proxy") && annotations["sidecar.istio.io/status"] === void 0) {
    const label = str(labels["sidecar.istio.io/inject"]);
    const annotation = str(annotations["sidecar.istio.io/inject"]);
    const podSwitch = label ?? annotation;
    let on;
    if (podSwitch === "true") {
      const where = label !== void 0 ? "labels" : "annotations";
      on = { path: metaPath(where, "sidecar.istio.io/inject"), text: `${where.slice(0, -1)} sidecar.istio.io/inject: "true"` };
    } else if (podSwitch === void 0 && labels["istio.io/rev"] !== void 0) {
      on = { path: metaPath("labels", "istio.io/rev"), text: `label istio.io/rev: ${str(labels["istio.io/rev"])}` };
    } else if (podSwitch === void 0 && (nsLabels["istio-injection"] === "enabled" || nsLabels["istio.io/rev"] !== void 0 && nsLabels["istio-injection"] !== "disabled")) {
      on = { path: w.object.at("metadata"), text: `namespace ${w.object.namespace} has istio injection enabled` };
    }
    if (on) out.push({ mesh: "istio", container: "istio-proxy", switchPath: on.path, switchText: on.text, ports: ISTIO_PORTS });
  }
  if (!hostNetwork && !has("linkerd-proxy")) {
    const pod = str(annotations["linkerd.io/inject"]);
    const ns = str(nsAnnotations["linkerd.io/inject"]);
    if (pod === "enabled" || pod === "ingress") {
      out.push({
        mesh: "linkerd",
        container: "linkerd-proxy",
        switchPath: metaPath("annotations", "linkerd.io/inject"),
        switchText: `annotation linkerd.io/inject: ${pod}`,
        ports: LINKERD_PORTS
      });
    } else if (pod === void 0 && (ns === "enabled" || ns === "ingress")) {
      out.push({
        mesh: "linkerd",
        container: "linkerd-proxy",
        switchPath: w.object.at("metadata"),
        switchText: `namespace ${w.object.namespace} has linkerd.io/inject: ${ns}`,
        ports: LINKERD_PORTS
      });
    }
  }
  if (!has("daprd") && str(annotations["dapr.io/enabled"]) === "true") {
    out.push({
      mesh: "dapr",
      container: "daprd",
      switchPath: metaPath("annotations", "dapr.io/enabled"),
      switchText: 'annotation dapr.io/enabled: "true"',
      ports: daprPorts(annotations)
    });
  }
  return out;
}
function completedByInjector(w, c) {
  if (c.mesh !== "istio" || w.annotations["sidecar.istio.io/status"] !== void 0) return false;
  if (c.spec.image === "auto") return true;
  const podSwitch = w.labels["sidecar.istio.io/inject"] ?? w.annotations["sidecar.istio.io/inject"];
  return String(podSwitch) === "true" || podSwitch === void 0 && w.labels["istio.io/rev"] !== void 0;
}

// src/model/long-running.ts
function argvOf(spec) {
  const words = (v) => asArray(v).filter((x) => typeof x === "string" || typeof x === "number").map(String);
  return { command: words(spec.command), args: words(spec.args) };
}
function commandText(spec) {
  const { command, args } = argvOf(spec);
  return [...command, ...args].join(" ");
}
var EXIT_PATH = /(?<![\w.-])(exit|break|return|kill|pkill|killall|timeout)(?![\w-])|sys\.exit|--pid[= ]|-exit-after-auth/;
var ONE_SHOT = /(^|\s)(-{0,2}version|-{1,2}help|-h|validate|--dry-run|--mode[= ]validate|--once|-exit-after-auth|--test)(\s|$)/;
var MESH_NAMES = { istio: "Istio", linkerd: "Linkerd", dapr: "Dapr" };
var DAEMON_IMAGES = [
  { image: /(^|\/)envoy(-distroless|-alpine|-windows|-dev|-contrib)?$/, what: "the Envoy proxy", binary: /^envoy$/ },
  // proxyv2 also runs istio-init (istio-iptables): only `pilot-agent proxy ...` is the proxy.
  { image: /(^|\/)proxyv2$/, what: "the Istio proxy", binary: /^pilot-agent$/, runs: (argv) => argv.includes("proxy") },
  { image: /(^|\/)(linkerd|linkerd-io|linkerd2)\/proxy$/, what: "the Linkerd proxy", binary: /^linkerd2?-proxy$/ },
  { image: /(^|\/)(cloud-sql-proxy|cloudsql-proxy|gce-proxy|cloud_sql_proxy|alloydb-auth-proxy)$/, what: "the Cloud SQL Auth Proxy", binary: /^(cloud[-_]sql[-_]proxy|alloydb-auth-proxy)$/ },
  { image: /(^|\/)oauth2[-_]proxy$/, what: "OAuth2 Proxy", binary: /^oauth2[-_]proxy$/ },
  // The vault image's default is a dev server; `vault agent` runs until stopped unless -exit-after-auth.
  {
    image: /(^|\/)vault(-enterprise)?$/,
    what: "Vault Agent",
    binary: /^vault$/,
    runs: (argv) => argv.length === 0 || argv.includes("agent") || argv.includes("server")
  },
  { image: /(^|\/)fluentd([-_][a-z0-9.-]*)?$/, what: "the Fluentd log shipper", binary: /^fluentd$/ },
  { image: /(^|\/)fluent-bit([-_][a-z0-9.-]*)?$/, what: "the Fluent Bit log shipper", binary: /^fluent-bit$/ },
  { image: /(^|\/)(opentelemetry-collector|otelcol)(-contrib|-k8s|-otlp)?$/, what: "the OpenTelemetry Collector", binary: /^(otelcol[-a-z]*|collector)$/ },
  { image: /(^|\/)promtail$/, what: "the Promtail log shipper", binary: /^promtail$/ },
  { image: /(^|\/)(timberio\/)?vector$/, what: "the Vector log shipper", binary: /^vector$/ },
  { image: /(^|\/)filebeat$/, what: "the Filebeat log shipper", binary: /^filebeat$/ },
  { image: /(^|\/)datadog(hq)?\/agent$/, what: "the Datadog agent", binary: /^(agent|datadog-agent)$/ },
  { image: /(^|\/)pause$/, what: "the pause image", binary: /^pause$/ }
];
function imageRepository(image) {
  let ref = image.trim().toLowerCase();
  const at2 = ref.indexOf("@");
  if (at2 >= 0) ref = ref.slice(0, at2);
  const colon = ref.lastIndexOf(":");
  if (colon > ref.lastIndexOf("/")) ref = ref.slice(0, colon);
  return ref;
}
function neverEndingCommand(text) {
  for (const m of text.matchAll(/(?<![\w./-])(?:\/usr)?(?:\/bin\/)?tail((?:[ \t]+[^\s;&|)]+)*)/g)) {
    const words = (m[1] ?? "").trim().split(/[ \t]+/);
    const follow = words.find((w) => /^-[a-zA-Z0-9]*[fF][a-zA-Z0-9]*$/.test(w) || /^--follow(=\w+)?$/.test(w));
    if (follow) return `tail ${follow}`;
  }
  const loop = /\b(while\s+(?:true|:|\[\s*(?:1|true)\s*\]|sleep\s+\d+)(?=[\s;])|while\s+True\s*:|until\s+false\b|for\s*\(\(\s*;\s*;\s*\)\))/.exec(text);
  if (loop) return loop[1].replace(/\s+/g, " ");
  const sleep = /\bsleep\s+(infinity|inf|\d+)(?![\w.])/.exec(text);
  if (sleep && (sleep[1] === "infinity" || sleep[1] === "inf" || Number(sleep[1]) >= 1e6)) return `sleep ${sleep[1]}`;
  return void 0;
}
function longRunning(spec) {
  if (!isObject(spec)) return void 0;
  const { command, args } = argvOf(spec);
  const argv = [...command, ...args];
  const text = argv.join(" ");
  const hasExitPath = EXIT_PATH.test(text);
  const name = typeof spec.name === "string" ? spec.name : "";
  const mesh = MESH_PROXY_NAMES[name];
  if (mesh && !hasExitPath && !ONE_SHOT.test(text)) return { reason: `is the ${MESH_NAMES[mesh]} proxy`, by: "name" };
  const image = typeof spec.image === "string" ? imageRepository(spec.image) : "";
  const daemon = image ? DAEMON_IMAGES.find((d) => d.image.test(image)) : void 0;
  if (daemon && !hasExitPath && !ONE_SHOT.test(text)) {
    const started = command.length === 0 || runsExecutable(command, args, daemon.binary);
    if (started && (!daemon.runs || daemon.runs(argv, text))) return { reason: `runs ${daemon.what}`, by: "image" };
  }
  if (!hasExitPath) {
    const cmd = neverEndingCommand(text);
    if (cmd) return { reason: `runs "${cmd}"`, by: "command" };
  }
  return void 0;
}
var basename = (word) => word.split("/").pop() ?? "";
function runsExecutable(command, args, executable) {
  const first = basename(command[0] ?? "");
  if (executable.test(first)) return true;
  if (!["sh", "bash", "ash", "dash", "zsh", "ksh"].includes(first)) return false;
  const script = [...command.slice(1), ...args].join(" ");
  return script.split(/[\s;&|()]+/).some((w) => executable.test(basename(w)));
}
function stopsHelpers(spec, sharedProcessNamespace = false) {
  if (!isObject(spec)) return false;
  const text = commandText(spec);
  if (/quitquitquit|(\/|--)shutdown\b/.test(text)) return true;
  return sharedProcessNamespace && /(?<![\w-])(pkill|killall|kill)(?![\w-])/.test(text);
}

// src/model/workload.ts
var BATCH_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var POD_TEMPLATE_PATHS = {
  Pod: [],
  PodTemplate: ["template"],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
};
var WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);
function isWorkloadKind(kind) {
  return kind in POD_TEMPLATE_PATHS;
}
var Workload = class {
  constructor(object, kubeVersion, namespaceMeta) {
    this.object = object;
    this.kubeVersion = kubeVersion;
    const templatePath = POD_TEMPLATE_PATHS[object.kind] ?? [];
    const template = templatePath.length ? object.doc.get(object.at(...templatePath)) : object.value;
    const t = isObject(template) ? template : {};
    this.podMetaPath = object.at(...templatePath, "metadata");
    this.podSpecPath = object.at(...templatePath, "spec");
    this.podMeta = isObject(t.metadata) ? t.metadata : {};
    this.podSpec = isObject(t.spec) ? t.spec : {};
    const declared = this.declaredContainers();
    this.app = pickApp(declared, asString(this.annotations["kubectl.kubernetes.io/default-container"]));
    if (this.app) this.app.role = "app";
    this.containers.push(...declared);
    asArray(this.podSpec.volumes).forEach((v, i) => {
      if (!isObject(v) || typeof v.name !== "string") return;
      const type = Object.keys(v).find((k) => k !== "name") ?? "emptyDir";
      this.volumes.set(v.name, { name: v.name, path: [...this.podSpecPath, "volumes", i], spec: v, type });
    });
    this.injected = detectInjection(this, namespaceMeta);
    for (const proxy of this.injected) {
      this.containers.push({
        name: proxy.container,
        role: "injected",
        index: -1,
        path: proxy.switchPath,
        spec: {},
        running: true,
        ports: proxy.ports.map((p) => ({ containerPort: p.port, protocol: "TCP", name: p.name, path: proxy.switchPath })),
        mesh: proxy.mesh
      });
    }
  }
  object;
  kubeVersion;
  podMetaPath;
  podSpecPath;
  podMeta;
  podSpec;
  containers = [];
  volumes = /* @__PURE__ */ new Map();
  injected;
  app;
  declaredContainers() {
    const out = [];
    const add = (list2, roleOf) => {
      asArray(this.podSpec[list2]).forEach((c, index) => {
        if (!isObject(c)) return;
        const path = [...this.podSpecPath, list2, index];
        const role = roleOf(c);
        const name = asString(c.name) ?? `${list2}[${index}]`;
        out.push({
          name,
          role,
          list: list2,
          index,
          path,
          spec: c,
          running: role === "sidecar" || role === "native-sidecar",
          ports: portsOf(c, path),
          mesh: MESH_PROXY_NAMES[name]
        });
      });
    };
    add("initContainers", (c) => c.restartPolicy === "Always" ? "native-sidecar" : "init");
    add("containers", () => "sidecar");
    add("ephemeralContainers", () => "ephemeral");
    return out;
  }
  get kind() {
    return this.object.kind;
  }
  get labels() {
    return isObject(this.podMeta.labels) ? this.podMeta.labels : {};
  }
  get annotations() {
    return isObject(this.podMeta.annotations) ? this.podMeta.annotations : {};
  }
  /** Regular containers (app and sidecars) in spec order. */
  get regular() {
    return this.containers.filter((c) => c.list === "containers");
  }
  get initContainers() {
    return this.containers.filter((c) => c.list === "initContainers");
  }
  /** Regular containers, native sidecars and injected proxies. */
  get running() {
    return this.containers.filter((c) => c.running || c.role === "app");
  }
  /** Every container declared in the manifest (not the ones a mesh will inject). */
  get declared() {
    return this.containers.filter((c) => c.list !== void 0);
  }
  /** Job and CronJob pods, and bare pods that do not restart: they are meant to finish. */
  get runsToCompletion() {
    if (BATCH_KINDS.has(this.kind)) return true;
    if (this.kind === "Pod" || this.kind === "PodTemplate") {
      const rp = this.podSpec.restartPolicy;
      return rp === "Never" || rp === "OnFailure";
    }
    return false;
  }
  get isJob() {
    return BATCH_KINDS.has(this.kind);
  }
  get nativeSidecarsSupported() {
    return nativeSidecarsEnabled(this.kubeVersion);
  }
  /** `Deployment/web container "proxy"` style label for messages. */
  describe(c) {
    return c ? `${roleWord(c)} "${c.name}"` : this.object.label;
  }
};
function roleWord(c) {
  switch (c.role) {
    case "app":
      return "app container";
    case "sidecar":
      return "sidecar";
    case "native-sidecar":
      return "native sidecar";
    case "init":
      return "init container";
    case "ephemeral":
      return "ephemeral container";
    case "injected":
      return "injected proxy";
  }
}
function pickApp(declared, defaultName) {
  const regular = declared.filter((c) => c.list === "containers");
  if (defaultName) {
    const named = regular.find((c) => c.name === defaultName);
    if (named) return named;
  }
  const helper = (c) => c.mesh !== void 0 || ["image", "name"].includes(longRunning(c.spec)?.by ?? "");
  return regular.find((c) => !helper(c)) ?? regular.find((c) => !c.mesh) ?? regular[0];
}
function portsOf(c, containerPath) {
  const out = [];
  asArray(c.ports).forEach((p, i) => {
    if (!isObject(p)) return;
    const port = toPortNumber(p.containerPort);
    if (port === void 0) return;
    out.push({
      containerPort: port,
      protocol: typeof p.protocol === "string" ? p.protocol : "TCP",
      name: asString(p.name),
      hostPort: toPortNumber(p.hostPort),
      path: [...containerPath, "ports", i]
    });
  });
  return out;
}
function toPortNumber(v) {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
  return void 0;
}

// rules/duplicate-container-name/index.ts
var API_ORDER = ["containers", "initContainers", "ephemeralContainers"];
var duplicate_container_name_default = defineRule({
  meta: {
    id: "duplicate-container-name",
    severity: "error",
    category: "schema",
    description: "A container name repeats across containers, initContainers and ephemeralContainers of one pod.",
    rationale: "Container names identify containers in status, logs, exec, metrics and suppression annotations, so the API server requires them to be unique across containers, initContainers and ephemeralContainers and rejects the pod (Duplicate value). It happens most when a sidecar is copied from another workload, or a chart adds a native sidecar named like an existing container.",
    fix: 'Rename one of the containers (e.g. "proxy" and "proxy-init"), and update anything that refers to it by name (kubectl.kubernetes.io/default-container, logging selectors).'
  },
  workload(w, ctx) {
    const firsts = /* @__PURE__ */ new Map();
    for (const list2 of API_ORDER) {
      for (const c of w.declared.filter((d) => d.list === list2).sort((a, b) => a.index - b.index)) {
        const name = asString(c.spec.name);
        if (!name) continue;
        const first = firsts.get(name);
        if (!first) {
          firsts.set(name, c);
          continue;
        }
        ctx.report({
          object: w.object,
          path: [...c.path, "name"],
          container: c,
          message: `${roleWord(c)} "${name}" has the same name as ${roleWord(first)} "${name}" (${first.list}[${first.index}]): the API rejects the pod (Duplicate value: "${name}"); container names must be unique across containers, initContainers and ephemeralContainers`
        });
      }
    }
  }
});

// src/yaml/source.ts
var SourceFile = class {
  constructor(path, text, originalText) {
    this.path = path;
    this.originalText = originalText;
    this.held = text;
    this.length = text.length;
  }
  path;
  originalText;
  lineStarts;
  /** The text, while it is held (see releaseText). */
  held;
  reread;
  /** The text's length, known when the text is not held. */
  length;
  /** The text; read again from the file when it was let go (releaseText). */
  get text() {
    if (this.held === void 0) {
      const text = this.reread();
      if (text.length !== this.length) throw new Error(`${this.path} changed on disk while it was linted`);
      this.held = text;
    }
    return this.held;
  }
  /**
   * Lets the text go until something asks for it again (a late finding placed in the file, a
   * code frame): `reread` reads the file again. Line starts are kept.
   */
  releaseText(reread) {
    this.starts();
    this.reread = reread;
    this.held = void 0;
  }
  /** Lets the text go again when it was let go once (releaseText) and read back since. */
  releaseTextAgain() {
    if (this.reread) this.held = void 0;
  }
  starts() {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      let i = text.indexOf("\n");
      while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf("\n", i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
  position(offset) {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1 };
  }
  range(start, end) {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  /** The text of a 1-based line, without its line break. */
  line(n) {
    const starts = this.starts();
    const s = starts[n - 1];
    if (s === void 0) return "";
    const e = n < starts.length ? starts[n] - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, "");
  }
  get lineCount() {
    return this.starts().length;
  }
  /** Offset of the start of a 1-based line. */
  lineStart(n) {
    return this.starts()[n - 1] ?? this.length;
  }
};

// src/yaml/parse.ts
import { createRequire } from "node:module";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact2 = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact2.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact2.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact2.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact2.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact2.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact2.mapping["tag:yaml.org,2002:map"];
    this.exact = exact2;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key2 of Object.keys(obj)) map.set(key2, obj[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "";
    case 95:
      return " ";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/yaml/events.ts
var GiveUp = class extends Error {
};
var giveUp = () => {
  throw new GiveUp();
};
var NO = -1;
var NO_DIRECTIVES = [];
var UNHANDLED = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
var isWsOrEol2 = (c) => c === 32 || c === 10;
var isWsOrEolOrEnd2 = (c) => c === 0 || c === 32 || c === 10;
var isFlowIndicator2 = (c) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
var isSimpleEscape2 = (c) => c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
var isHex = (c) => c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 102;
var Scanner = class {
  constructor(text, maxDepth) {
    this.maxDepth = maxDepth;
    this.s = `${text}\0`;
    this.n = text.length;
  }
  maxDepth;
  /** The text with js-yaml's trailing NUL, so that reading past the end gives 0. */
  s;
  n;
  pos = 0;
  line = 0;
  lineStart = 0;
  lineIndent = 0;
  depth = 0;
  events = [];
  run() {
    while (this.pos < this.n) {
      this.skipSeparation(true);
      if (this.pos >= this.n) break;
      this.document();
    }
    return this.events;
  }
  ch(p) {
    return this.s.charCodeAt(p);
  }
  /** js-yaml's skipSeparationSpace: spaces, comments (when allowed), line breaks; counts the breaks. */
  skipSeparation(allowComments) {
    const s = this.s;
    let p = this.pos;
    let breaks = 0;
    let ch = s.charCodeAt(p);
    let separated = p === this.lineStart || isWsOrEol2(s.charCodeAt(p - 1));
    while (ch !== 0) {
      while (ch === 32) {
        separated = true;
        ch = s.charCodeAt(++p);
      }
      if (allowComments && separated && ch === 35) {
        do
          ch = s.charCodeAt(++p);
        while (ch !== 10 && ch !== 0);
      }
      if (ch !== 10) break;
      p++;
      this.line++;
      this.lineStart = p;
      breaks++;
      separated = true;
      let indent = 0;
      ch = s.charCodeAt(p);
      while (ch === 32) {
        indent++;
        ch = s.charCodeAt(++p);
      }
      this.lineIndent = indent;
    }
    this.pos = p;
    return breaks;
  }
  isDocumentSeparator(p) {
    const ch = this.ch(p);
    return (ch === 45 || ch === 46) && this.ch(p + 1) === ch && this.ch(p + 2) === ch && isWsOrEolOrEnd2(this.ch(p + 3));
  }
  atDocumentBoundary() {
    return this.pos === this.lineStart && this.isDocumentSeparator(this.pos);
  }
  document() {
    this.skipSeparation(true);
    const ch = this.ch(this.pos);
    if (this.lineIndent === 0 && ch === 37) giveUp();
    let explicitStart = false;
    if (this.lineIndent === 0 && ch === 45 && this.ch(this.pos + 1) === 45 && this.ch(this.pos + 2) === 45 && isWsOrEolOrEnd2(this.ch(this.pos + 3))) {
      explicitStart = true;
      const markerLine = this.line;
      this.pos += 3;
      this.skipSeparation(true);
      if (this.line === markerLine && this.pos < this.n) giveUp();
    }
    if (this.pos === this.lineStart && this.ch(this.pos) === 46 && this.isDocumentSeparator(this.pos)) giveUp();
    this.events.push({ type: EVENT_ID.DOCUMENT, explicitStart, explicitEnd: false, directives: NO_DIRECTIVES });
    const c = this.ch(this.pos);
    if (c === 0 || this.atDocumentBoundary()) this.empty();
    else if (c === 45 && isWsOrEolOrEnd2(this.ch(this.pos + 1))) this.blockSequence(this.pos - this.lineStart);
    else if (!this.blockMapping(this.pos - this.lineStart, this.lineIndent)) giveUp();
    this.skipSeparation(true);
    if (this.pos < this.n && !(this.pos === this.lineStart && this.ch(this.pos) === 45 && this.isDocumentSeparator(this.pos))) giveUp();
    this.events.push({ type: EVENT_ID.POP });
  }
  enter() {
    if (++this.depth >= this.maxDepth) giveUp();
  }
  empty() {
    this.scalar(NO, NO, SCALAR_STYLE.PLAIN, false);
  }
  scalar(valueStart, valueEnd, style, fast, chomping = CHOMPING_MODE.CLIP, indent = -1) {
    this.events.push({ type: EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart: NO, anchorEnd: NO, tagStart: NO, tagEnd: NO, style, chomping, indent, fast });
  }
  collection(type, start, style) {
    return { type, start, anchorStart: NO, anchorEnd: NO, tagStart: NO, tagEnd: NO, style };
  }
  /** readBlockSequence, at a `-` followed by a space, a line break or the end. */
  blockSequence(nodeIndent) {
    this.enter();
    this.events.push(this.collection(EVENT_ID.SEQUENCE, this.pos, COLLECTION_STYLE.BLOCK));
    while (this.ch(this.pos) === 45 && isWsOrEolOrEnd2(this.ch(this.pos + 1))) {
      const entryLine = this.line;
      this.pos++;
      const hadBreak = this.skipSeparation(true) > 0;
      if (hadBreak && this.lineIndent <= nodeIndent) this.empty();
      else this.sequenceItem(nodeIndent);
      this.skipSeparation(true);
      if (this.lineIndent < nodeIndent || this.pos >= this.n) break;
      if (this.lineIndent > nodeIndent) giveUp();
      if (this.line === entryLine && this.ch(this.pos) === 45 && isWsOrEolOrEnd2(this.ch(this.pos + 1))) giveUp();
    }
    this.events.push({ type: EVENT_ID.POP });
    this.depth--;
  }
  /** parseNode(seqIndent, BLOCK_IN, no seeking, compact): an entry's node. */
  sequenceItem(seqIndent) {
    const ch = this.ch(this.pos);
    if (ch === 33 || ch === 38) giveUp();
    if (ch === 45 && isWsOrEolOrEnd2(this.ch(this.pos + 1))) giveUp();
    if (this.blockMapping(this.pos - this.lineStart, seqIndent + 1)) return;
    if (ch === 124 || ch === 62) this.blockScalar(seqIndent + 1);
    else this.empty();
  }
  /** parseNode(mapIndent, BLOCK_OUT, seeking, not compact): the value after `key:`. */
  mappingValue(mapIndent) {
    let atNewLine = false;
    let indentStatus = 1;
    if (this.skipSeparation(true) > 0) {
      atNewLine = true;
      indentStatus = this.lineIndent > mapIndent ? 1 : this.lineIndent === mapIndent ? 0 : -1;
    }
    const ch = this.ch(this.pos);
    if (indentStatus !== -1 && (ch === 33 || ch === 38)) giveUp();
    const flowIndent = mapIndent + 1;
    const blockIndent = this.pos - this.lineStart;
    const dash = ch === 45 && isWsOrEolOrEnd2(this.ch(this.pos + 1));
    if (indentStatus === 1 && atNewLine) {
      if (dash) this.blockSequence(blockIndent);
      else if (this.blockMapping(blockIndent, flowIndent)) return;
      else if (ch === 124 || ch === 62) this.blockScalar(flowIndent);
      else this.empty();
    } else if (indentStatus === 1) {
      if (ch === 91 || ch === 123) this.flowCollection(flowIndent);
      else if (ch === 124 || ch === 62) this.blockScalar(flowIndent);
      else if (ch === 39) this.singleQuoted(flowIndent);
      else if (ch === 34) this.doubleQuoted(flowIndent);
      else if (ch === 42) giveUp();
      else if (!this.plain(flowIndent, false)) this.empty();
    } else if (indentStatus === 0 && dash) this.blockSequence(blockIndent);
    else this.empty();
  }
  /**
   * readBlockMapping: false when no key could be read here. Its first key, when `:` does not
   * follow on the same line, is the node itself (a scalar or a flow collection), as in js-yaml.
   */
  blockMapping(nodeIndent, flowIndent) {
    let detected = false;
    let ch = this.ch(this.pos);
    while (ch !== 0) {
      const following = this.ch(this.pos + 1);
      const entryLine = this.line;
      if ((ch === 63 || ch === 58) && isWsOrEolOrEnd2(following)) giveUp();
      const keyAt = this.pos;
      const keyEvent = this.events.length;
      if (!this.keyCandidate(flowIndent)) break;
      if (this.line !== entryLine) {
        if (detected) giveUp();
        return true;
      }
      ch = this.ch(this.pos);
      while (ch === 32) ch = this.ch(++this.pos);
      if (ch !== 58) {
        if (detected) giveUp();
        return true;
      }
      if (!isWsOrEolOrEnd2(this.ch(++this.pos))) giveUp();
      if (!detected) {
        this.enter();
        this.events.splice(keyEvent, 0, this.collection(EVENT_ID.MAPPING, keyAt, COLLECTION_STYLE.BLOCK));
        detected = true;
      }
      this.mappingValue(nodeIndent);
      this.skipSeparation(true);
      ch = this.ch(this.pos);
      if ((this.line === entryLine || this.lineIndent > nodeIndent) && ch !== 0) giveUp();
      else if (this.lineIndent < nodeIndent) break;
    }
    if (!detected) return false;
    this.events.push({ type: EVENT_ID.POP });
    this.depth--;
    return true;
  }
  /** parseNode(flowIndent, FLOW_OUT, no seeking, compact): a key, or the node a key was looked for in. */
  keyCandidate(flowIndent) {
    const ch = this.ch(this.pos);
    if (ch === 33 || ch === 38 || ch === 42) giveUp();
    if (ch === 91 || ch === 123) {
      this.flowCollection(flowIndent);
      return true;
    }
    if (ch === 39) return this.singleQuoted(flowIndent);
    if (ch === 34) return this.doubleQuoted(flowIndent);
    return this.plain(flowIndent, false);
  }
  /** readPlainScalar. */
  plain(nodeIndent, inFlow) {
    let ch = this.ch(this.pos);
    if (ch === 0 || isWsOrEol2(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator2(ch)) return false;
    if (ch === 63 || ch === 45) {
      const following = this.ch(this.pos + 1);
      if (isWsOrEolOrEnd2(following) || inFlow && isFlowIndicator2(following)) return false;
    }
    const s = this.s;
    const start = this.pos;
    let end = start;
    let multiline = false;
    while (ch !== 0) {
      if (this.pos === this.lineStart && this.isDocumentSeparator(this.pos)) break;
      if (ch === 58) {
        const following = s.charCodeAt(this.pos + 1);
        if (isWsOrEolOrEnd2(following) || inFlow && isFlowIndicator2(following)) break;
      } else if (ch === 35) {
        if (isWsOrEol2(s.charCodeAt(this.pos - 1))) break;
      } else if (inFlow && isFlowIndicator2(ch)) break;
      else if (ch === 10) {
        const { pos, line, lineStart, lineIndent } = this;
        this.skipSeparation(false);
        if (this.lineIndent >= nodeIndent) {
          multiline = true;
          ch = s.charCodeAt(this.pos);
          continue;
        }
        this.pos = pos;
        this.line = line;
        this.lineStart = lineStart;
        this.lineIndent = lineIndent;
        break;
      }
      if (ch !== 32) end = this.pos + 1;
      ch = s.charCodeAt(++this.pos);
    }
    if (end === start) return false;
    this.scalar(start, end, SCALAR_STYLE.PLAIN, !multiline);
    return true;
  }
  /** readFlowScalarBreak: a line break inside a quoted scalar. */
  quotedBreak(nodeIndent) {
    this.skipSeparation(false);
    if (this.lineIndent < nodeIndent) giveUp();
  }
  singleQuoted(nodeIndent) {
    const s = this.s;
    const start = ++this.pos;
    let simple = true;
    for (let ch = s.charCodeAt(this.pos); ch !== 0; ch = s.charCodeAt(this.pos)) {
      if (ch === 39) {
        if (s.charCodeAt(this.pos + 1) === 39) {
          simple = false;
          this.pos += 2;
          continue;
        }
        this.scalar(start, this.pos++, SCALAR_STYLE.SINGLE_QUOTED, simple);
        return true;
      }
      if (ch === 10) {
        simple = false;
        this.quotedBreak(nodeIndent);
      } else if (this.pos === this.lineStart && this.isDocumentSeparator(this.pos) || ch < 32) giveUp();
      else this.pos++;
    }
    return giveUp();
  }
  doubleQuoted(nodeIndent) {
    const s = this.s;
    const start = ++this.pos;
    let simple = true;
    for (let ch = s.charCodeAt(this.pos); ch !== 0; ch = s.charCodeAt(this.pos)) {
      if (ch === 34) {
        this.scalar(start, this.pos++, SCALAR_STYLE.DOUBLE_QUOTED, simple);
        return true;
      }
      if (ch === 92) {
        simple = false;
        const escaped = s.charCodeAt(++this.pos);
        if (escaped === 10) this.quotedBreak(nodeIndent);
        else if (isSimpleEscape2(escaped)) this.pos++;
        else {
          let hexLength = escaped === 120 ? 2 : escaped === 117 ? 4 : escaped === 85 ? 8 : giveUp();
          while (hexLength-- > 0) if (!isHex(s.charCodeAt(++this.pos))) giveUp();
          this.pos++;
        }
      } else if (ch === 10) {
        simple = false;
        this.quotedBreak(nodeIndent);
      } else if (this.pos === this.lineStart && this.isDocumentSeparator(this.pos) || ch < 32) giveUp();
      else this.pos++;
    }
    return giveUp();
  }
  /** readBlockScalar, at its `|` or `>`. */
  blockScalar(parentIndent) {
    const s = this.s;
    const style = s.charCodeAt(this.pos) === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let chomping = CHOMPING_MODE.CLIP;
    let indent = -1;
    let detectedIndent = false;
    this.pos++;
    for (; ; ) {
      const c = s.charCodeAt(this.pos);
      if (c === 43 || c === 45) {
        if (chomping !== CHOMPING_MODE.CLIP) giveUp();
        chomping = c === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
        this.pos++;
      } else if (c >= 48 && c <= 57) {
        if (c === 48 || detectedIndent) giveUp();
        indent = parentIndent + (c - 48) - 1;
        detectedIndent = true;
        this.pos++;
      } else break;
    }
    let hadSpace = false;
    while (s.charCodeAt(this.pos) === 32) {
      hadSpace = true;
      this.pos++;
    }
    if (hadSpace && s.charCodeAt(this.pos) === 35) while (s.charCodeAt(this.pos) !== 10 && s.charCodeAt(this.pos) !== 0) this.pos++;
    if (s.charCodeAt(this.pos) === 10) this.lineBreak();
    else if (s.charCodeAt(this.pos) !== 0) giveUp();
    let contentIndent = detectedIndent ? indent : -1;
    let maxLeadingIndent = 0;
    const valueStart = this.pos;
    let valueEnd = this.pos;
    while (s.charCodeAt(this.pos) !== 0) {
      const linePosition = this.pos;
      let column = 0;
      while (s.charCodeAt(linePosition + column) === 32) column++;
      const first = s.charCodeAt(linePosition + column);
      if (first === 0) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = linePosition + column;
        } else if (column > 0) valueEnd = linePosition + column;
        break;
      }
      if (this.atDocumentBoundary()) break;
      const blank = first === 10;
      if (!detectedIndent && contentIndent === -1) {
        if (blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        else if (column >= parentIndent && column < maxLeadingIndent) giveUp();
      }
      if (contentIndent === -1 && !blank && column < parentIndent) {
        this.lineIndent = column;
        this.pos = linePosition + column;
        break;
      }
      if (!detectedIndent && !blank && contentIndent === -1) contentIndent = column;
      const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
      if (!blank && column < requiredIndent) {
        this.lineIndent = column;
        this.pos = linePosition + column;
        break;
      }
      const nl = s.indexOf("\n", linePosition + column);
      this.pos = nl < 0 ? this.n : nl;
      valueEnd = this.pos;
      if (s.charCodeAt(this.pos) === 10) {
        this.lineBreak();
        valueEnd = this.pos;
      }
    }
    this.scalar(valueStart, valueEnd, style, false, chomping, contentIndent);
  }
  /** consumeLineBreak, at a line feed. */
  lineBreak() {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
    this.lineIndent = 0;
  }
  /** readFlowCollection, at its `[` or `{`; pairs only in mappings, never empty or explicit. */
  flowCollection(nodeIndent) {
    this.enter();
    const isMapping = this.ch(this.pos) === 123;
    const terminator = isMapping ? 125 : 93;
    this.events.push(this.collection(isMapping ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, this.pos, COLLECTION_STYLE.FLOW));
    this.pos++;
    let readNext = true;
    while (this.ch(this.pos) !== 0) {
      this.flowSeparation(nodeIndent);
      let ch = this.ch(this.pos);
      if (ch === terminator) {
        this.pos++;
        this.events.push({ type: EVENT_ID.POP });
        this.depth--;
        return;
      }
      if (!readNext || ch === 44) giveUp();
      if (ch === 63 && isWsOrEol2(this.ch(this.pos + 1))) giveUp();
      const entryLine = this.line;
      if (!this.flowNode(nodeIndent)) giveUp();
      this.flowSeparation(nodeIndent);
      ch = this.ch(this.pos);
      if ((isMapping || this.line === entryLine) && ch === 58) {
        if (!isMapping) giveUp();
        this.pos++;
        this.flowSeparation(nodeIndent);
        if (!this.flowNode(nodeIndent)) giveUp();
        this.flowSeparation(nodeIndent);
      } else if (isMapping) giveUp();
      if (this.ch(this.pos) === 44) {
        readNext = true;
        this.pos++;
      } else readNext = false;
    }
    giveUp();
  }
  /** skipFlowSeparationSpace. */
  flowSeparation(nodeIndent) {
    const startLine = this.line;
    this.skipSeparation(true);
    if (this.line > startLine && this.lineIndent < nodeIndent) giveUp();
  }
  /** parseNode(nodeIndent, FLOW_IN, no seeking, compact): false when there is no node here. */
  flowNode(nodeIndent) {
    const ch = this.ch(this.pos);
    if (ch === 33 || ch === 38 || ch === 42) giveUp();
    if (ch === 91 || ch === 123) {
      this.flowCollection(nodeIndent);
      return true;
    }
    if (ch === 39) return this.singleQuoted(nodeIndent);
    if (ch === 34) return this.doubleQuoted(nodeIndent);
    return this.plain(nodeIndent, true);
  }
};
function scanEvents(text, maxDepth) {
  if (UNHANDLED.test(text)) return void 0;
  try {
    return new Scanner(text, maxDepth).run();
  } catch (err) {
    if (err instanceof GiveUp) return void 0;
    throw err;
  }
}

// src/yaml/fast.ts
var Fallback = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
};
var fail = (reason) => {
  throw new Fallback(reason);
};
var DOUBTFUL_CHARS = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
var LONE_CR = /\r(?!\n)/;
var Reader = class {
  constructor(t, ev) {
    this.t = t;
    this.ev = ev;
    const n = t.length;
    for (let ls = 0; ls < n; ) {
      const q = ls === 0 && t.charCodeAt(0) === 65279 ? 1 : ls;
      const c = t.charCodeAt(q);
      if ((c === 45 || c === 46) && t.charCodeAt(q + 1) === c && t.charCodeAt(q + 2) === c) {
        const after = t.charCodeAt(q + 3);
        if (q + 3 >= n || after === 32 || after === 10 || after === 13) {
          if (c === 46) fail("document end marker ...");
          let p = q + 3;
          while (t.charCodeAt(p) === 32) p++;
          if (p < n && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13 && t.charCodeAt(p) !== 35) fail("content on a --- line");
          this.markers.push(q);
        }
      } else if (c === 37 && ls === q) fail("directive");
      const nl = t.indexOf("\n", ls);
      if (nl < 0) break;
      ls = nl + 1;
    }
  }
  t;
  ev;
  i = 0;
  /** Offsets of the `---` markers, in order. */
  markers = [];
  marker = 0;
  documents() {
    const out = [];
    const { ev, t } = this;
    while (this.i < ev.length) {
      const d = ev[this.i++];
      if (d.type !== EVENT_ID.DOCUMENT) throw new Fallback("expected a document event");
      if (d.directives.length) fail("directive");
      let markerAt = -1;
      let min = 0;
      if (d.explicitStart) {
        markerAt = this.markers[this.marker++] ?? fail("--- markers do not match");
        min = markerAt + 3;
      } else if (out.length > 0) fail("document without ---");
      const root = this.node(null, false, min);
      if (ev[this.i++]?.type !== EVENT_ID.POP) fail("expected the end of a document");
      let start;
      if (root.k === 0 /* Scalar */ && root.text === void 0) {
        if (markerAt < 0 || root.anchor) fail("empty document without ---");
        const p = this.skipSpaces(markerAt + 3);
        root.s = root.e = root.e2 = p;
        const next = this.markers[this.marker] ?? t.length;
        const hash = t.indexOf("#", p);
        if (hash >= 0 && hash < next) root.e2 = next;
        start = markerAt;
      } else if (root.k === 2 /* Map */ || root.k === 1 /* Seq */) {
        if (root.anchor) fail("root anchor");
        if (root.flow) root.e2 = this.lineEnd(root.e);
        if (markerAt >= 0) start = markerAt;
        else {
          start = t.lastIndexOf("\n", root.s - 1) + 1;
          if (start === 0 && t.charCodeAt(0) === 65279) start = 1;
        }
      } else return fail("root scalar or alias");
      out.push({ root, span: [start, root.e2] });
    }
    if (this.marker !== this.markers.length) fail("--- markers do not match");
    return out;
  }
  /**
   * One node and its children. `parent` is the enclosing block collection (null at the root or
   * in flow), `min` the offset before which the node cannot start (for a block scalar's header).
   */
  node(parent, inFlow, min) {
    const ev = this.ev[this.i++];
    const t = this.t;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        if (ev.tagStart !== -1) fail("tag");
        const anchor = ev.anchorStart !== -1 ? this.anchorName(ev.anchorStart, ev.anchorEnd) : void 0;
        if (ev.valueStart === -1) {
          if (anchor) fail("anchored empty node");
          if (inFlow) fail("empty node in a flow collection");
          return { k: 0 /* Scalar */, s: -1, e: -1, e2: -1, anchor, text: void 0, plain: true, block: false };
        }
        const text = getScalarValue(t, ev);
        switch (ev.style) {
          case SCALAR_STYLE.PLAIN:
            if (!inFlow && parent) this.checkContinuation(ev.valueStart, ev.valueEnd, parent.indent);
            return { k: 0 /* Scalar */, s: ev.valueStart, e: ev.valueEnd, e2: -1, anchor, text, plain: true, block: false };
          case SCALAR_STYLE.SINGLE_QUOTED:
          case SCALAR_STYLE.DOUBLE_QUOTED: {
            const s = ev.valueStart - 1;
            const e = ev.valueEnd + 1;
            const q = ev.style === SCALAR_STYLE.SINGLE_QUOTED ? 39 : 34;
            if (t.charCodeAt(s) !== q || t.charCodeAt(e - 1) !== q) fail("quote not where expected");
            if (!inFlow && parent) this.checkContinuation(s, e, parent.indent);
            return { k: 0 /* Scalar */, s, e, e2: -1, anchor, text, plain: false, block: false };
          }
          default:
            return this.blockScalar(ev, parent, min, anchor, text);
        }
      }
      case EVENT_ID.ALIAS: {
        const name = this.anchorName(ev.anchorStart, ev.anchorEnd);
        if (t.charCodeAt(ev.anchorStart - 1) !== 42) fail("alias not where expected");
        return { k: 3 /* Alias */, s: ev.anchorStart - 1, e: ev.anchorEnd, e2: -1, anchor: void 0, name };
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (ev.tagStart !== -1) fail("tag");
        const anchor = ev.anchorStart !== -1 ? this.anchorName(ev.anchorStart, ev.anchorEnd) : void 0;
        const flow = ev.style === COLLECTION_STYLE.FLOW;
        const s = ev.start;
        if (ev.type === EVENT_ID.SEQUENCE) {
          const seq = { k: 1 /* Seq */, s, e: -1, e2: -1, anchor, flow, indent: 0, items: [] };
          if (flow) {
            if (t.charCodeAt(s) !== 91) fail("flow sequence not where expected");
            while (this.ev[this.i].type !== EVENT_ID.POP) seq.items.push(this.node(null, true, s));
            this.i++;
            this.closeFlow(seq, seq.items.length ? seq.items[seq.items.length - 1].e : s + 1, 93, inFlow, parent);
          } else {
            seq.indent = this.indentAt(s);
            let from = s;
            let prevEnd = s;
            while (this.ev[this.i].type !== EVENT_ID.POP) {
              const dash = this.expect(from, 45);
              const item = this.node(seq, false, dash + 1);
              if (item.s === -1) this.placeEmpty(item, dash + 1);
              seq.items.push(item);
              prevEnd = from;
              from = item.e;
            }
            this.i++;
            const last = seq.items[seq.items.length - 1];
            if (last.k === 0 /* Scalar */ && last.text === void 0) this.noComment(prevEnd, this.nextToken(last.e));
            this.closeBlock(seq, last);
          }
          return seq;
        }
        const map = { k: 2 /* Map */, s, e: -1, e2: -1, anchor, flow, indent: 0, keys: [], values: [] };
        if (flow) {
          if (t.charCodeAt(s) !== 123) fail("flow pair outside a flow mapping");
          let last = s + 1;
          while (this.ev[this.i].type !== EVENT_ID.POP) {
            const key2 = this.key(true);
            const colon = this.expect(key2.e, 58);
            const value = this.node(null, true, colon + 1);
            map.keys.push(key2);
            map.values.push(value);
            last = value.e;
          }
          this.i++;
          this.closeFlow(map, last, 125, inFlow, parent);
        } else {
          map.indent = this.indentAt(s);
          while (this.ev[this.i].type !== EVENT_ID.POP) {
            const key2 = this.key(false);
            let colon = key2.e;
            while (t.charCodeAt(colon) === 32) colon++;
            if (t.charCodeAt(colon) !== 58) fail("explicit or multi-line key");
            if (colon - key2.s > 1e3) fail("long implicit key");
            if (map.keys.length > 0 && t.charCodeAt(key2.s - map.indent - 1) !== 10) fail("key out of column");
            const value = this.node(map, false, colon + 1);
            if (value.s === -1) this.placeEmpty(value, colon + 1);
            map.keys.push(key2);
            map.values.push(value);
          }
          this.i++;
          this.closeBlock(map, map.values[map.values.length - 1]);
        }
        return map;
      }
      default:
        return fail("unexpected event");
    }
  }
  key(inFlow) {
    const key2 = this.node(null, inFlow, 0);
    if (key2.k !== 0 /* Scalar */ || key2.block || key2.text === void 0 || key2.anchor) fail("key that is not a plain or quoted scalar");
    const k = key2;
    if (this.t.indexOf("\n", k.s) < k.e && this.t.indexOf("\n", k.s) !== -1) fail("multi-line key");
    return k;
  }
  anchorName(start, end) {
    const name = this.t.slice(start, end);
    if (name.endsWith(":")) fail("anchor or alias ending in :");
    return name;
  }
  /** An empty node sits after its `:` or `-` and the spaces that follow. */
  placeEmpty(node, after) {
    node.s = node.e = node.e2 = this.skipSpaces(after);
  }
  skipSpaces(p) {
    while (this.t.charCodeAt(p) === 32) p++;
    return p;
  }
  /** The next character that is not white space, a line break or a comment must be `ch`. */
  expect(from, ch) {
    const p = this.nextToken(from);
    if (this.t.charCodeAt(p) !== ch) fail(`expected ${String.fromCharCode(ch)}`);
    return p;
  }
  /** The offset of the next token after `p`: past spaces, line breaks and comments. */
  nextToken(p) {
    const t = this.t;
    for (; ; ) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13) p++;
      else if (c === 35) {
        const nl = t.indexOf("\n", p);
        if (nl < 0) return t.length;
        p = nl + 1;
      } else return p;
    }
  }
  /**
   * A node ending at `p` on its line takes the rest of the line: spaces, a comment, the line
   * break (the yaml package's `end` tokens).
   */
  lineEnd(p) {
    const t = this.t;
    const c0 = t.charCodeAt(p);
    if (c0 === 35) fail("comment not separated by a space");
    while (t.charCodeAt(p) === 32) p++;
    const c = t.charCodeAt(p);
    if (c === 35) {
      const nl = t.indexOf("\n", p);
      return nl < 0 ? t.length : nl + 1;
    }
    if (c === 13 && t.charCodeAt(p + 1) === 10) return p + 2;
    if (c === 10) return p + 1;
    if (p >= t.length) return p;
    return fail("content after a value on its line");
  }
  /**
   * Comment lines indented deeper than the collection holding a value, right after that value
   * (blank lines between them too), are part of the value's end in the yaml package.
   */
  absorbIndented(p, indent) {
    const t = this.t;
    let end = p;
    let ls = p;
    while (ls < t.length) {
      if (ls > 0 && t.charCodeAt(ls - 1) !== 10) break;
      let q = ls;
      while (t.charCodeAt(q) === 32) q++;
      const c = t.charCodeAt(q);
      const nl = t.indexOf("\n", q);
      const next = nl < 0 ? t.length : nl + 1;
      if (c === 10 || c === 13 && t.charCodeAt(q + 1) === 10) {
        ls = next;
      } else if (c === 35 && q - ls > indent) {
        end = ls = next;
      } else break;
    }
    return end;
  }
  /** An empty last value takes the comments around it into its range[2], with rules of its own. */
  noComment(from, to) {
    const hash = this.t.indexOf("#", from);
    if (hash >= 0 && hash < to) fail("comment around an empty last value");
  }
  /** Block collections end where their last value's range[2] does; see closeBlock. */
  closeBlock(coll, last) {
    const t = this.t;
    if (last.k === 3 /* Alias */ || last.k === 0 /* Scalar */ && !last.block && last.text !== void 0 || (last.k === 1 /* Seq */ || last.k === 2 /* Map */) && last.flow) {
      last.e2 = this.absorbIndented(this.lineEnd(last.e), coll.indent);
    } else if (last.k === 0 /* Scalar */ && last.text === void 0) {
      this.noComment(last.e, this.nextToken(last.e));
    }
    coll.e = last.e2;
    coll.e2 = coll.e;
    if (coll.indent > 0) {
      const next = this.nextToken(coll.e);
      for (let ls = coll.e; ls < next; ) {
        let q = ls;
        while (t.charCodeAt(q) === 32) q++;
        if (t.charCodeAt(q) === 35 && q - ls >= coll.indent) {
          coll.e2 = next;
          break;
        }
        const nl = t.indexOf("\n", q);
        if (nl < 0 || nl >= next) break;
        ls = nl + 1;
      }
    }
  }
  /** A flow collection ends after its closing bracket. */
  closeFlow(coll, from, close, inFlow, parent) {
    let p = this.nextToken(from);
    if (this.t.charCodeAt(p) === 44) p = this.nextToken(p + 1);
    if (this.t.charCodeAt(p) !== close) fail("flow collection end not where expected");
    coll.e = p + 1;
    if (!inFlow && parent) this.checkContinuation(coll.s, coll.e, parent.indent);
  }
  /**
   * The indentation the yaml package gives a block collection starting at `s`: its column, when
   * only spaces and `- ` indicators come before it on its line.
   */
  indentAt(s) {
    const t = this.t;
    const ls = t.lastIndexOf("\n", s - 1) + 1;
    if (ls === 0 && t.charCodeAt(0) === 65279) return s === 1 && t.charCodeAt(1) !== 45 ? 0 : fail("block collection after a BOM");
    for (let p = ls; p < s; p++) {
      const c = t.charCodeAt(p);
      if (c === 32) continue;
      if (c === 45 && t.charCodeAt(p + 1) === 32) continue;
      fail("block collection after other content on its line");
    }
    return s - ls;
  }
  /**
   * A flow scalar or collection written over several lines in a block collection: every further
   * line must be indented deeper than the collection (its keys, or its `-`), else the yaml
   * package either rejects it or reads it only through the quoted-scalar repair: the slow path
   * decides.
   */
  checkContinuation(s, e, indent) {
    const t = this.t;
    let nl = t.indexOf("\n", s);
    while (nl >= 0 && nl < e) {
      let q = nl + 1;
      while (t.charCodeAt(q) === 32) q++;
      const c = t.charCodeAt(q);
      if (c !== 10 && c !== 13 && q - (nl + 1) <= indent) fail("continuation line not indented");
      nl = t.indexOf("\n", q);
    }
  }
  blockScalar(ev, parent, min, anchor, text) {
    const t = this.t;
    if (!parent) fail("block scalar outside a block collection");
    if (ev.chomping === CHOMPING_MODE.KEEP) fail("keep chomping");
    const indent = ev.indent;
    if (indent < 0 || indent <= parent.indent) fail("block scalar without content, or not indented");
    const vs = ev.valueStart;
    if (vs === 0 || t.charCodeAt(vs - 1) !== 10) fail("block scalar header at the end of the text");
    const hEnd = t.charCodeAt(vs - 2) === 13 ? vs - 2 : vs - 1;
    const ls = t.lastIndexOf("\n", hEnd - 1) + 1;
    let s = -1;
    for (let p = Math.max(min, ls); p < hEnd; p++) {
      const c = t.charCodeAt(p);
      if ((c === 124 || c === 62) && /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ ]+#.*|[ ]*)$/.test(t.slice(p, hEnd))) {
        s = p;
        break;
      }
    }
    if (s < 0) fail("block scalar header not found");
    let e = ev.valueEnd;
    for (let p = vs; p < e; ) {
      const nl = t.indexOf("\n", p);
      const lineEnd = nl < 0 || nl >= e ? e : nl;
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      if ((q === lineEnd || t.charCodeAt(q) === 13 && q + 1 === lineEnd) && q - p > indent) fail("blank line indented past the content");
      p = lineEnd + 1;
    }
    if (t.charCodeAt(e - 1) !== 10) {
      if (e !== t.length) fail("block scalar end not at a line end");
      const lastLs = t.lastIndexOf("\n", e - 1) + 1;
      if (/^[ ]*$/.test(t.slice(lastLs, e))) fail("block scalar ending in spaces at the end of the text");
    } else {
      for (; ; ) {
        const prevNl = t.lastIndexOf("\n", e - 2);
        if (prevNl < vs) break;
        const line = t.slice(prevNl + 1, e - 1);
        if (/^[ ]*\r?$/.test(line)) e = prevNl + 1;
        else break;
      }
    }
    return { k: 0 /* Scalar */, s, e, e2: e, anchor, text, plain: false, block: true };
  }
};
var NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
var TRUE_RE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
var FALSE_RE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
var INT_BIN_RE = /^[-+]?0b[0-1_]+$/;
var INT_OCT_RE = /^[-+]?0[0-7_]+$/;
var INT_RE = /^[-+]?[0-9][0-9_]*$/;
var INT_HEX_RE = /^[-+]?0x[0-9a-fA-F_]+$/;
var FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP_RE = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
var FLOAT_RE = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;
var INT_TIME_RE = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/;
var FLOAT_TIME_RE = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
var TIMESTAMP_RE = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;
var MAYBE_NOT_STRING = /^[-+.0-9~nNyYtTfFoO<]|^$/;
function intValue(str2, offset, radix) {
  const sign = str2[0];
  if (sign === "-" || sign === "+") offset += 1;
  const n = parseInt(str2.substring(offset).replace(/_/g, ""), radix);
  return sign === "-" ? -1 * n : n;
}
function sexagesimal(str2) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const res = parts.replace(/_/g, "").split(":").reduce((r, p) => r * 60 + Number(p), 0);
  return sign === "-" ? -1 * res : res;
}
var resolvedFormat = 0 /* None */;
function resolvePlain(s, atKey) {
  resolvedFormat = 0 /* None */;
  if (!MAYBE_NOT_STRING.test(s)) return s;
  if (NULL_RE.test(s)) return null;
  if (TRUE_RE.test(s)) return true;
  if (FALSE_RE.test(s)) return false;
  if (INT_BIN_RE.test(s)) return intValue(s, 2, 2);
  if (INT_OCT_RE.test(s)) {
    resolvedFormat = 1 /* Oct */;
    return intValue(s, 1, 8);
  }
  if (INT_RE.test(s)) return intValue(s, 0, 10);
  if (INT_HEX_RE.test(s)) return intValue(s, 2, 16);
  if (FLOAT_NAN_RE.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s.replace(/_/g, ""));
  if (atKey && s === "<<") {
    resolvedFormat = 4 /* Merge */;
    return void 0;
  }
  if (INT_TIME_RE.test(s) || FLOAT_TIME_RE.test(s)) {
    resolvedFormat = 2 /* Time */;
    return sexagesimal(s);
  }
  if (TIMESTAMP_RE.test(s)) resolvedFormat = 3 /* Timestamp */;
  return s;
}
var BOOL_SOURCE_RE = /^(true|false)$/i;
var OCT_SOURCE_RE = /^[-+]?0[0-7]+$/;
var LazyNodeIndex = class {
  nodes = /* @__PURE__ */ new Map();
  made = /* @__PURE__ */ new Map();
  record(value, node, keys, merged) {
    this.nodes.set(value, { node, keys, merged });
  }
  get(value) {
    let info = this.made.get(value);
    if (info) return info;
    const rec = this.nodes.get(value);
    if (!rec) return void 0;
    const { node } = rec;
    if (node.k === 1 /* Seq */) {
      info = { span: [node.s, node.e], children: /* @__PURE__ */ new Map() };
      node.items.forEach((item, i) => info.children.set(i, [item.s, item.e]));
    } else {
      const keys = /* @__PURE__ */ new Map();
      info = { span: [node.s, node.e], children: /* @__PURE__ */ new Map(), keys };
      for (let i = 0; i < node.keys.length; i++) {
        const key2 = rec.keys[i];
        if (key2 === void 0) continue;
        keys.set(key2, [node.keys[i].s, node.keys[i].e]);
        info.children.set(key2, [node.values[i].s, node.values[i].e]);
      }
      for (const m of rec.merged ?? []) {
        const mInfo = this.get(m.value);
        for (const k of m.keys) {
          const ks = mInfo?.keys?.get(k);
          const vs = mInfo?.children.get(k);
          if (ks) keys.set(k, ks);
          if (vs) info.children.set(k, vs);
        }
      }
    }
    this.made.set(value, info);
    return info;
  }
};
function forgetText(node) {
  node.anchor = void 0;
  if (node.k === 0 /* Scalar */) node.text = "";
  else if (node.k === 3 /* Alias */) node.name = "";
}
var FastBuilder = class {
  constructor(limits, ownStrings) {
    this.limits = limits;
    this.ownStrings = ownStrings;
  }
  limits;
  ownStrings;
  info = new LazyNodeIndex();
  yaml11 = [];
  anchors = /* @__PURE__ */ new Map();
  building = /* @__PURE__ */ new Set();
  weights = /* @__PURE__ */ new WeakMap();
  aliasExtra = 0;
  build(node, depth) {
    if (depth > this.limits.maxDepth) fail("too deep");
    if (node.k === 3 /* Alias */) {
      const anchor = this.anchors.get(node.name);
      if (!anchor || this.building.has(node.name)) fail("bad alias");
      this.aliasExtra += anchor.weight - 1;
      if (this.aliasExtra > this.limits.maxAliasExpansion) fail("alias expansion");
      return anchor;
    }
    const anchorName = node.anchor;
    if (anchorName) this.building.add(anchorName);
    let result;
    if (node.k === 2 /* Map */) result = this.buildMap(node, depth);
    else if (node.k === 1 /* Seq */) result = this.buildSeq(node, depth);
    else result = { value: this.scalar(node), weight: 1 };
    if (anchorName) {
      this.building.delete(anchorName);
      this.anchors.set(anchorName, result);
    }
    if (this.ownStrings) forgetText(node);
    return result;
  }
  scalar(node) {
    const text = node.text;
    if (text === void 0) return null;
    if (!node.plain) return this.own(text);
    const v = resolvePlain(text, false);
    const f = resolvedFormat;
    if (typeof v === "boolean") {
      if (!BOOL_SOURCE_RE.test(text)) this.yaml11.push({ span: [node.s, node.e], source: this.own(text), value: v });
    } else if (f === 1 /* Oct */) {
      if (OCT_SOURCE_RE.test(text)) this.yaml11.push({ span: [node.s, node.e], source: this.own(text), value: v });
    } else if (f === 2 /* Time */) return this.own(text);
    return typeof v === "string" ? this.own(v) : v;
  }
  /**
   * The string itself, or with ownStrings a copy that does not hold on to the file's text (V8
   * makes a substring of 13 characters or more a view of the whole string it was cut from).
   */
  own(text) {
    return this.ownStrings && text.length >= 13 ? (" " + text).slice(1) : text;
  }
  buildSeq(node, depth) {
    const arr = [];
    let weight = 1;
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      const child = this.build(items[i], depth + 1);
      arr.push(child.value);
      weight += child.weight;
    }
    this.info.record(arr, node);
    this.weights.set(arr, weight);
    return { value: arr, weight };
  }
  buildMap(node, depth) {
    const obj = {};
    const keys = new Array(node.keys.length);
    let weight = 1;
    const merges = [];
    for (let i = 0; i < node.keys.length; i++) {
      const keyNode = node.keys[i];
      const valueNode = node.values[i];
      let kv = keyNode.text;
      let f = 0 /* None */;
      if (keyNode.plain) {
        kv = resolvePlain(keyNode.text, true);
        f = resolvedFormat;
      }
      if (f === 4 /* Merge */) {
        if (valueNode.k === 1 /* Seq */) merges.push(...valueNode.items);
        else merges.push(valueNode);
        continue;
      }
      const key2 = kv === null ? "" : f === 3 /* Timestamp */ ? keyNode.text : String(kv);
      if (Object.prototype.hasOwnProperty.call(obj, key2) || key2 === "__proto__") fail("duplicate key");
      keys[i] = this.own(key2);
      if (this.ownStrings) forgetText(keyNode);
      const child = this.build(valueNode, depth + 1);
      obj[key2] = child.value;
      weight += child.weight;
    }
    let merged;
    for (const m of merges) {
      const source = this.build(m, depth + 1).value;
      if (source === null || typeof source !== "object" || Array.isArray(source)) continue;
      const taken = [];
      for (const [k, v] of Object.entries(source)) {
        if (k in obj) continue;
        obj[k] = v;
        taken.push(k);
        weight += v !== null && typeof v === "object" ? this.weights.get(v) ?? 1 : 1;
      }
      (merged ??= []).push({ value: source, keys: taken });
    }
    this.info.record(obj, node, keys, merged);
    this.weights.set(obj, weight);
    return { value: obj, weight };
  }
};
function reindentQuoted(text) {
  let out = "";
  let copied = 0;
  let blockParent = -1;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    const indent = /^[ ]*/.exec(line)[0].length;
    const blank = indent === line.length || line[indent] === "\r";
    if (blockParent >= 0 && (blank || indent > blockParent)) {
      start = end + 1;
      continue;
    }
    blockParent = -1;
    if (blank || line[indent] === "#") {
      start = end + 1;
      continue;
    }
    if (BLOCK_SCALAR_START.test(line)) {
      blockParent = /^[ ]*(?:-[ ]+)*/.exec(line)[0].length - (/^[ ]*-[ ]+[|>]/.test(line) ? 2 : 0);
      start = end + 1;
      continue;
    }
    const open = OPENING_QUOTE.exec(line);
    const close = open ? closingQuote(text, start + open[0].length, open[2]) : -1;
    if (!open || close !== -1 && close < end) {
      start = end + 1;
      continue;
    }
    const keyColumn = open[1].length;
    const last = close === -1 ? text.length : close;
    let at2 = end + 1;
    while (at2 <= last && at2 < text.length) {
      const next = text.indexOf("\n", at2);
      const lineEnd = next === -1 ? text.length : next;
      const have = /^[ ]*/.exec(text.slice(at2, Math.min(lineEnd, at2 + keyColumn + 2)))[0].length;
      if (have < keyColumn + 1) {
        out += text.slice(copied, at2) + " ".repeat(keyColumn + 1 - have);
        copied = at2;
      }
      at2 = lineEnd + 1;
    }
    if (close === -1) break;
    start = text.indexOf("\n", close) + 1 || text.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
var BLOCK_SCALAR_START = /^[ ]*(?:-[ ]+)*(?:[^'"\s#-][^#]*?:[ ]+|-[ ]+)?[|>][-+0-9]*[ ]*(?:#.*)?\r?$/;
var OPENING_QUOTE = /^([ ]*(?:-[ ]+)*)(?:[^'"\s#-][^#]*?:[ ]+|-[ ]+)?(["'])/;
function closingQuote(text, from, quote) {
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (quote === "'" && ch === "'") {
      if (text[k + 1] === "'") k++;
      else return k;
    } else if (quote === '"' && ch === "\\") k++;
    else if (quote === '"' && ch === '"') return k;
  }
  return -1;
}
var lastFallbackReason;
function parseYamlFast(input, limits, ownStrings = false) {
  let text = input.text;
  let source = input;
  lastFallbackReason = void 0;
  try {
    if (DOUBTFUL_CHARS.test(text.charCodeAt(0) === 65279 ? text.slice(1) : text) || text.includes("\r") && LONE_CR.test(text)) fail("doubtful characters");
    const maxDepth = limits.maxDepth + 2;
    const eventsOf = (t) => scanEvents(t, maxDepth) ?? parseEvents(t, { maxDepth });
    let events;
    try {
      events = eventsOf(text);
    } catch (err) {
      if (err.reason !== "deficient indentation") throw err;
      const repaired = reindentQuoted(text);
      if (repaired === text) throw err;
      text = repaired;
      events = eventsOf(text);
    }
    if (text !== input.text) source = new SourceFile(input.path, text, input.text);
    const docs = new Reader(text, events).documents();
    const documents = docs.map(({ root, span }, index) => {
      const builder = new FastBuilder(limits, ownStrings);
      const value = builder.build(root, 0).value;
      return new YamlDocument(source, index, value, span, [], true, builder.yaml11, builder.info, [root.s, root.e]);
    });
    return { source, documents };
  } catch (err) {
    lastFallbackReason = err instanceof Fallback ? err.reason : `js-yaml: ${err.message.split("\n")[0]}`;
    return void 0;
  }
}

// src/yaml/parse.ts
var requireHere = createRequire(import.meta.url);
var yamlPackage;
function yaml() {
  return yamlPackage ??= require_dist();
}
var DEFAULT_PARSE_LIMITS = { maxAliasExpansion: 1e5, maxDepth: 256 };
var YamlDocument = class _YamlDocument {
  constructor(source, index, value, span, problems2, usable, yaml11Scalars, info, rootSpan) {
    this.source = source;
    this.index = index;
    this.value = value;
    this.span = span;
    this.problems = problems2;
    this.usable = usable;
    this.yaml11Scalars = yaml11Scalars;
    this.info = info;
    this.rootSpan = rootSpan;
  }
  source;
  index;
  value;
  span;
  problems;
  usable;
  yaml11Scalars;
  info;
  rootSpan;
  /** Set by releasePositions: how to get the positions back. */
  limits;
  /**
   * Drops where each node was written: about 60% of a parsed document's memory. The engine calls
   * it once the rules that run file by file are done with a file; a later locate() (a finding
   * from a cross-resource rule, an editor action) parses the file again, once.
   */
  releasePositions(limits = DEFAULT_PARSE_LIMITS) {
    if (!this.usable) return;
    this.info = void 0;
    this.limits = limits;
  }
  /** What crosses a thread: the document without its positions (structured-clone safe). */
  toData() {
    return { index: this.index, value: this.value, span: this.span, problems: this.problems, usable: this.usable, yaml11Scalars: this.yaml11Scalars, rootSpan: this.rootSpan };
  }
  /** A document from toData(), positions released (a locate() parses the source again). */
  static fromData(source, d, limits) {
    const doc = new _YamlDocument(source, d.index, d.value, d.span, d.problems, d.usable, d.yaml11Scalars, void 0, d.rootSpan);
    doc.releasePositions(limits);
    return doc;
  }
  /** The value at a path, or undefined. */
  get(path) {
    let cur = this.value;
    for (const seg of path) {
      if (cur === null || typeof cur !== "object") return void 0;
      cur = cur[seg];
    }
    return cur;
  }
  /**
   * Where the node at `path` was written. With `key`, a map entry's key rather than its value.
   * A path that goes past what exists resolves to the deepest node that does (for something
   * missing, the nearest enclosing node). Aliases and merge keys lead to where the value was
   * written, the anchor.
   */
  locate(path, target = "value") {
    if (!this.info) {
      const relocated = reparsed(this.source, this.limits ?? DEFAULT_PARSE_LIMITS).documents[this.index];
      return relocated ? relocated.locate(path, target) : { span: this.rootSpan, exact: false };
    }
    const info = this.info;
    let cur = this.value;
    let span = this.rootSpan;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if (cur === null || typeof cur !== "object") return { span, exact: false };
      const node = info.get(cur);
      const childSpan = node?.children.get(seg);
      if (!node || !childSpan) return { span, exact: false };
      if (i === path.length - 1 && target === "key") {
        const keySpan = node.keys?.get(String(seg));
        if (keySpan) return { span: keySpan, exact: true };
      }
      span = childSpan;
      cur = cur[seg];
    }
    return { span, exact: true };
  }
};
var ParseAbort = class extends Error {
  constructor(code, message, span) {
    super(message);
    this.code = code;
    this.span = span;
  }
  code;
  span;
};
var Builder = class {
  constructor(doc, limits, text) {
    this.doc = doc;
    this.limits = limits;
    this.text = text;
  }
  doc;
  limits;
  text;
  info = /* @__PURE__ */ new WeakMap();
  yaml11 = [];
  anchors = /* @__PURE__ */ new Map();
  building = /* @__PURE__ */ new Set();
  weights = /* @__PURE__ */ new WeakMap();
  aliasExtra = 0;
  build(node, depth) {
    if (node == null) return { value: null, weight: 1 };
    if (depth > this.limits.maxDepth) {
      throw new ParseAbort("TOO_DEEP", `nesting deeper than ${this.limits.maxDepth} levels`, spanOf(node));
    }
    if (yaml().isAlias(node)) {
      const anchor = this.anchors.get(node.source);
      if (!anchor || this.building.has(node.source)) {
        throw new ParseAbort(
          "BAD_ALIAS",
          anchor ? `alias *${node.source} refers to a node that contains it` : `unknown alias *${node.source}`,
          spanOf(node)
        );
      }
      this.aliasExtra += anchor.weight - 1;
      if (this.aliasExtra > this.limits.maxAliasExpansion) {
        throw new ParseAbort(
          "ALIAS_EXPANSION",
          `aliases expand to more than ${this.limits.maxAliasExpansion} extra nodes (a YAML bomb?)`,
          spanOf(node)
        );
      }
      return { value: anchor.value, weight: anchor.weight };
    }
    const anchorName = node.anchor;
    if (anchorName) this.building.add(anchorName);
    let result;
    const { isMap, isSeq, isScalar } = yaml();
    if (isMap(node)) result = this.buildMap(node, depth);
    else if (isSeq(node)) result = this.buildSeq(node, depth);
    else if (isScalar(node)) result = { value: this.scalar(node), weight: 1 };
    else result = { value: null, weight: 1 };
    if (anchorName) {
      this.building.delete(anchorName);
      this.anchors.set(anchorName, { value: result.value, weight: result.weight, span: spanOf(node) });
    }
    return result;
  }
  scalar(node) {
    const v = node.value;
    const source = node.source ?? String(v);
    if (node.type === "PLAIN") {
      if (typeof v === "boolean" && !/^(true|false)$/i.test(source)) {
        this.yaml11.push({ span: spanOf(node), source, value: v });
      } else if (typeof v === "number" && node.format === "OCT" && /^[-+]?0[0-7]+$/.test(source)) {
        this.yaml11.push({ span: spanOf(node), source, value: v });
      } else if (node.format === "TIME") {
        return source;
      }
    }
    if (v !== null && typeof v === "object") return source;
    if (typeof v === "bigint") return Number(v);
    return v;
  }
  buildSeq(node, depth) {
    const arr = [];
    const info = { span: spanOf(node), children: /* @__PURE__ */ new Map() };
    let weight = 1;
    node.items.forEach((item, i) => {
      const child = this.build(item, depth + 1);
      arr.push(child.value);
      weight += child.weight;
      info.children.set(i, spanOf(item));
    });
    this.info.set(arr, info);
    this.weights.set(arr, weight);
    return { value: arr, weight };
  }
  buildMap(node, depth) {
    const obj = {};
    const info = { span: spanOf(node), children: /* @__PURE__ */ new Map(), keys: /* @__PURE__ */ new Map() };
    let weight = 1;
    const merges = [];
    for (const pair of node.items) {
      if (!yaml().isPair(pair)) continue;
      const keyNode = pair.key;
      if (yaml().isScalar(keyNode) && typeof keyNode.value === "symbol") {
        if (yaml().isSeq(pair.value)) merges.push(...pair.value.items);
        else if (pair.value) merges.push(pair.value);
        continue;
      }
      const key2 = keyText(keyNode, this.text);
      const child = this.build(pair.value, depth + 1);
      obj[key2] = child.value;
      weight += child.weight;
      const keySpan = keyNode ? spanOf(keyNode) : spanOf(node);
      info.keys.set(key2, keySpan);
      info.children.set(key2, pair.value ? spanOf(pair.value) : [keySpan[1], keySpan[1]]);
    }
    for (const m of merges) {
      const merged = this.build(m, depth + 1).value;
      if (merged === null || typeof merged !== "object" || Array.isArray(merged)) continue;
      const mInfo = this.info.get(merged);
      for (const [k, v] of Object.entries(merged)) {
        if (k in obj) continue;
        obj[k] = v;
        weight += v !== null && typeof v === "object" ? this.weights.get(v) ?? 1 : 1;
        const ks = mInfo?.keys?.get(k);
        const vs = mInfo?.children.get(k);
        if (ks) info.keys.set(k, ks);
        if (vs) info.children.set(k, vs);
      }
    }
    this.info.set(obj, info);
    this.weights.set(obj, weight);
    return { value: obj, weight };
  }
};
function keyText(key2, text) {
  if (key2 == null) return "";
  if (yaml().isScalar(key2)) {
    const v = key2.value;
    if (v === null) return "";
    if (typeof v === "object") return key2.source ?? String(v);
    return String(v);
  }
  const r = key2.range;
  return r ? text.slice(r[0], r[1]) : "";
}
function spanOf(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : [0, 0];
}
function cleanMessage(msg) {
  return msg.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
}
function parseStream(text, version = "1.1") {
  const docs = yaml().parseAllDocuments(text, {
    version,
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false
  });
  return Array.isArray(docs) ? docs : [docs];
}
function repairQuotedIndent(text, docs) {
  const isQuoteError = (e) => e.code === "MISSING_CHAR" && /quote/.test(e.message);
  if (!docs.some((d) => d.errors.some(isQuoteError))) return void 0;
  const errors = docs.flatMap((d) => d.errors).filter(isQuoteError);
  const lineStarts = /* @__PURE__ */ new Set();
  const indentFor = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const p = e.pos[0];
    if (text[p] !== "\n") return void 0;
    const quote = e.message.includes('"') ? '"' : "'";
    const lineStart = text.lastIndexOf("\n", p - 1) + 1;
    const keyColumn = /^[ ]*(?:-[ ]+)*/.exec(text.slice(lineStart, p))[0].length;
    const close = closingQuote(text, p, quote);
    const end = close === -1 ? text.length : close;
    for (let k = p; k !== -1 && k < end; k = text.indexOf("\n", k + 1)) {
      lineStarts.add(k + 1);
      indentFor.set(k + 1, keyColumn + 1);
    }
  }
  let out = "";
  let last = 0;
  for (const start of [...lineStarts].sort((a, b) => a - b)) {
    const indent = /^[ ]*/.exec(text.slice(start, start + 200))[0].length;
    out += text.slice(last, start) + " ".repeat(Math.max(0, indentFor.get(start) - indent));
    last = start;
  }
  const repaired = out + text.slice(last);
  const again = parseStream(repaired);
  return again.every((d) => d.errors.length === 0) ? { text: repaired, docs: again } : void 0;
}
var STACK_EXHAUSTED = /Maximum call stack size exceeded/;
var recentReparses = /* @__PURE__ */ new Map();
var RECENT_REPARSES = 4;
function reparsed(source, limits) {
  let parsed = recentReparses.get(source);
  if (parsed) {
    recentReparses.delete(source);
  } else {
    parsed = parseYaml(source, limits);
    if (recentReparses.size >= RECENT_REPARSES) {
      const [oldest] = recentReparses.keys();
      recentReparses.delete(oldest);
      oldest.releaseTextAgain();
    }
  }
  recentReparses.set(source, parsed);
  return parsed;
}
function parseYaml(input, limits = DEFAULT_PARSE_LIMITS, version = "1.1", ownStrings = false) {
  return (version === "1.1" ? parseYamlFast(input, limits, ownStrings) : void 0) ?? parseYamlSlow(input, limits, version);
}
function parseYamlSlow(input, limits = DEFAULT_PARSE_LIMITS, version = "1.1") {
  let docs;
  let source = input;
  try {
    docs = parseStream(source.text, version);
    const repaired = version === "1.1" ? repairQuotedIndent(source.text, docs) : void 0;
    if (repaired) {
      docs = repaired.docs;
      source = new SourceFile(input.path, repaired.text, input.text);
    }
  } catch (err) {
    const problem = { code: "PARSER_FAILED", message: `YAML parser failed: ${err.message}`, span: [0, 0] };
    return { source, documents: [new YamlDocument(source, 0, null, [0, source.text.length], [problem], false, [], /* @__PURE__ */ new WeakMap(), [0, 0])] };
  }
  const documents = [];
  docs.forEach((doc, index) => {
    let problems2 = doc.errors.map((e) => ({
      code: e.code,
      message: STACK_EXHAUSTED.test(e.message) ? "nesting too deep for the YAML parser" : cleanMessage(e.message),
      span: [e.pos[0], Math.max(e.pos[0], e.pos[1])]
    }));
    const span = doc.range ? [doc.range[0], doc.range[1]] : [0, 0];
    const builder = new Builder(doc, limits, source.text);
    let value = null;
    let usable = problems2.every((p) => p.code === "DUPLICATE_KEY");
    try {
      value = builder.build(doc.contents, 0).value;
    } catch (err) {
      if (err instanceof ParseAbort) {
        problems2.push({ code: err.code, message: err.message, span: err.span });
      } else if (err instanceof RangeError) {
        problems2.push({ code: "TOO_DEEP", message: "nesting too deep to read", span });
      } else throw err;
      value = null;
      usable = false;
    }
    if (problems2.some((p) => p.code === "TOO_DEEP")) problems2 = problems2.filter((p) => p.message !== "nesting too deep for the YAML parser");
    const rootSpan = doc.contents ? spanOf(doc.contents) : span;
    documents.push(new YamlDocument(source, index, value, span, problems2, usable, builder.yaml11, builder.info, rootSpan));
  });
  return { source, documents };
}

// src/config/config.ts
function closest(name, candidates) {
  let best;
  let bestDistance = 4;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

// src/model/mounts.ts
var PROJECTED_TYPES = /* @__PURE__ */ new Set(["configMap", "secret", "projected", "downwardAPI", "serviceAccountToken", "image"]);
function volumeType(v) {
  return Object.keys(v).find((k) => k !== "name") ?? "emptyDir";
}
function declaredVolumes(w) {
  const out = [];
  asArray(w.podSpec.volumes).forEach((v, index) => {
    if (!isObject(v) || typeof v.name !== "string") return;
    const path = [...w.podSpecPath, "volumes", index];
    out.push({ name: v.name, namePath: [...path, "name"], path, type: volumeType(v), spec: v, index, from: "volumes" });
  });
  if (w.kind === "StatefulSet") {
    const spec = isObject(w.object.value.spec) ? w.object.value.spec : {};
    asArray(spec.volumeClaimTemplates).forEach((t, index) => {
      if (!isObject(t) || !isObject(t.metadata) || typeof t.metadata.name !== "string") return;
      const path = w.object.at("spec", "volumeClaimTemplates", index);
      out.push({
        name: t.metadata.name,
        namePath: [...path, "metadata", "name"],
        path,
        type: "volumeClaimTemplate",
        spec: t,
        index,
        from: "volumeClaimTemplates"
      });
    });
  }
  return out;
}
function mountsOf(c) {
  if (!c.list) return [];
  const out = [];
  const read = (field, pathKey) => {
    asArray(c.spec[field]).forEach((m, index) => {
      if (!isObject(m)) return;
      const subPath = asString(m.subPath) || asString(m.subPathExpr) || void 0;
      out.push({
        container: c,
        field,
        index,
        path: [...c.path, field, index],
        name: asString(m.name),
        mountPath: asString(m[pathKey]),
        pathKey,
        readOnly: m.readOnly === true,
        subPath,
        spec: m
      });
    });
  };
  read("volumeMounts", "mountPath");
  read("volumeDevices", "devicePath");
  return out;
}
function podMounts(w) {
  return w.declared.flatMap(mountsOf);
}
function mountsByVolume(mounts) {
  const out = /* @__PURE__ */ new Map();
  for (const m of mounts) {
    if (m.name === void 0) continue;
    let list2 = out.get(m.name);
    if (!list2) out.set(m.name, list2 = []);
    list2.push(m);
  }
  return out;
}
function normalizePath(p) {
  const abs = p.startsWith("/");
  const parts = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    parts.push(seg);
  }
  return (abs ? "/" : "") + parts.join("/") || (abs ? "/" : "");
}
function isWithin(path, dir) {
  const p = normalizePath(path);
  const d = normalizePath(dir);
  if (d === "/") return p.startsWith("/");
  return p === d || p.startsWith(d + "/");
}
function mountServing(mounts, path) {
  let best;
  for (const m of mounts) {
    if (m.field !== "volumeMounts" || m.mountPath === void 0) continue;
    if (!isWithin(path, m.mountPath)) continue;
    if (!best || normalizePath(m.mountPath).length > normalizePath(best.mountPath).length) best = m;
  }
  return best;
}
function isPrivatePath(mountPath) {
  const p = normalizePath(mountPath);
  if (["/", "/tmp", "/var/tmp", "/dev/shm", "/dev", "/proc", "/sys", "/run", "/var/run", "/etc", "/home", "/root", "/usr", "/bin", "/lib"].includes(p)) return true;
  return ["/var/run/secrets", "/run/secrets", "/dev", "/proc", "/sys"].some((d) => isWithin(p, d));
}
var PATH_TOKEN = /\/[A-Za-z0-9_.@%+,~*?\[\]{}=-]+(?:\/[A-Za-z0-9_.@%+,~*?\[\]{}=-]*)*/g;
var BEFORE_PATH = /[\s'"=:(\[{,;|&<>`]/;
var URL2 = /\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"]*/g;
function pathsIn(s) {
  const scrubbed = s.replace(URL2, (url) => {
    const file = /^file:\/\/(\/.*)$/i.exec(url);
    return file ? " ".repeat(url.length - file[1].length) + file[1] : " ".repeat(url.length);
  });
  const out = [];
  for (const m of scrubbed.matchAll(PATH_TOKEN)) {
    const offset = m.index ?? 0;
    if (offset > 0 && !BEFORE_PATH.test(scrubbed[offset - 1])) continue;
    let raw = m[0];
    raw = raw.replace(/[.,;:=]+$/, "");
    if (raw.startsWith("//")) continue;
    const text = cutGlob(raw);
    if (text === "/" || text === "") continue;
    out.push({ raw, text: normalizePath(text), offset });
  }
  return out;
}
function cutGlob(p) {
  const segs = p.split("/");
  const i = segs.findIndex((s) => /[*?[\]{}]/.test(s));
  return i === -1 ? p : segs.slice(0, i).join("/") || "/";
}
function pathMentions(c) {
  if (!c.list) return [];
  const out = [];
  const scan = (value, path, where) => {
    if (typeof value !== "string") return;
    for (const p of pathsIn(value)) out.push({ container: c, text: p.text, raw: p.raw, path, offset: p.offset, value, where });
  };
  const list2 = (v, path, where) => asArray(v).forEach((item, i) => scan(item, [...path, i], where));
  list2(c.spec.command, [...c.path, "command"], "command");
  list2(c.spec.args, [...c.path, "args"], "args");
  asArray(c.spec.env).forEach((e, i) => {
    if (isObject(e)) scan(e.value, [...c.path, "env", i, "value"], "env");
  });
  for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
    const p = c.spec[probe];
    if (isObject(p) && isObject(p.exec)) list2(p.exec.command, [...c.path, probe, "exec", "command"], "probe");
  }
  const lc = c.spec.lifecycle;
  if (isObject(lc)) {
    for (const hook of ["postStart", "preStop"]) {
      const h = lc[hook];
      if (isObject(h) && isObject(h.exec)) list2(h.exec.command, [...c.path, "lifecycle", hook, "exec", "command"], "lifecycle");
    }
  }
  return out;
}
var COLLECTOR_IMAGE = /(^|[/_-])(fluentd|fluent-bit|fluentbit|filebeat|promtail|vector|logstash|opentelemetry-collector(-contrib|-k8s)?|otel-?collector(-contrib)?|otelcol(-contrib|-k8s)?|grafana-agent|alloy|td-agent-bit|td-agent|nxlog|logspout|rsyslog|stackdriver-logging-agent|fluentd-gcp|splunk-otel-collector|datadog-agent|cloudwatch-agent|fluent-bit-plugin-loki|loggregator-agent)(:|@|$)/i;
function isCollectorImage(c) {
  const image = asString(c.spec.image);
  if (!image) return false;
  const last = image.split("/").pop() ?? "";
  return COLLECTOR_IMAGE.test(last) || COLLECTOR_IMAGE.test(image);
}
var READ_COMMANDS = /* @__PURE__ */ new Set(["tail", "cat", "less", "more", "head", "grep", "egrep", "zcat", "zgrep", "ls", "wc", "stat", "test", "md5sum", "sha256sum", "diff", "cmp"]);
var WRITE_WORDS = /(>|\btee\b|\bcp\b|\bmv\b|\brm\b|\bmkdir\b|\btouch\b|\bln\b|\bchmod\b|\bchown\b|\bsed\s+-i\b|\btruncate\b|\bdd\b|\btar\b|\bunzip\b|\bgzip\b|\bgunzip\b|\bcurl\b.*\s-o\b|\bwget\b|\brsync\b|\blogrotate\b|\bmkfifo\b|\bsocat\b|\bnc\b)/;
function usageOf(c, dir) {
  const mentions = pathMentions(c).filter((m) => isWithin(m.text, dir));
  if (mentions.length === 0) return "none";
  for (const m of mentions) {
    if (m.where === "env") return "write";
    const before = m.value.slice(0, m.offset).replace(/file:\/\/$/i, "");
    const segment = before.split(/;|&&|\|\||\||\n/).pop() ?? "";
    const after = m.value.slice(m.offset).split(/;|&&|\|\||\||\n/)[0] ?? "";
    const redirects = (t) => t.replace(/\d*>>?\s*(&\d+|[^\s;|&]+)/g, (r, target) => !target.startsWith("&") && isWithin(target, dir) ? r : " ");
    if (WRITE_WORDS.test(redirects(segment)) || WRITE_WORDS.test(redirects(after))) return "write";
    const words = segment.trim().split(/\s+/).filter(Boolean);
    let verb = words.find((w) => !w.startsWith("-") && !/^(exec|sh|bash|-c|nohup|while|do|then|true)$/.test(w));
    if (verb === void 0) {
      const line = [...asArray(c.spec.command), ...asArray(c.spec.args)].map((x) => asString(x) ?? "").join(" ");
      verb = line.split(/\s+/).find((w) => w && !w.startsWith("-") && !/^(exec|sh|bash|\/bin\/sh|\/bin\/bash|nohup)$/.test(w));
    }
    const base = (verb ?? "").split("/").pop() ?? "";
    if (!READ_COMMANDS.has(base)) return "write";
  }
  return "read";
}
function annotationMountedVolumes(w) {
  const out = /* @__PURE__ */ new Map();
  const a = w.annotations;
  const istio = asString(a["sidecar.istio.io/userVolumeMount"]);
  if (istio) {
    try {
      const parsed = JSON.parse(istio);
      const entries = Array.isArray(parsed) ? parsed : isObject(parsed) ? Object.entries(parsed).map(([k, v]) => isObject(v) ? { name: k, ...v } : { name: k }) : [];
      for (const e of entries) {
        if (isObject(e) && typeof e.name === "string") out.set(e.name, "sidecar.istio.io/userVolumeMount");
      }
    } catch {
    }
  }
  for (const key2 of ["dapr.io/volume-mounts", "dapr.io/volume-mounts-rw"]) {
    const v = asString(a[key2]);
    if (!v) continue;
    for (const item of v.split(",")) {
      const name = item.split(":")[0]?.trim();
      if (name) out.set(name, key2);
    }
  }
  return out;
}
function isPatchLike(w) {
  return w.object.isPatch;
}
function mentionSpan(w, m) {
  const doc = w.object.doc;
  const [start, end] = doc.locate(m.path).span;
  const text = doc.source.text.slice(start, end);
  let n = 0;
  for (let i = m.value.indexOf(m.raw); i !== -1 && i < m.offset; i = m.value.indexOf(m.raw, i + 1)) n++;
  let at2 = -1;
  for (let k = 0; k <= n; k++) {
    at2 = text.indexOf(m.raw, at2 + 1);
    if (at2 === -1) break;
  }
  return at2 === -1 ? [start, end] : [start + at2, start + at2 + m.raw.length];
}
function sourceName(d) {
  const s = d.spec[d.type];
  if (!isObject(s)) return void 0;
  return asString(s.name) ?? asString(s.secretName) ?? asString(s.claimName);
}
function nameTokens(s) {
  return s.toLowerCase().split(/[-_.]+/).filter((t) => t.length >= 3);
}
function namesRelated(a, b) {
  if (!a || !b) return false;
  if (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a))) return true;
  const tb = nameTokens(b);
  return nameTokens(a).some((x) => tb.some((y) => x.startsWith(y) || y.startsWith(x)));
}
function likelyVolume(name, declared, mounted) {
  const near = (candidates) => {
    const c = closest(name, candidates);
    return c !== void 0 && (c[0] === name[0] || namesRelated(c, name)) ? c : void 0;
  };
  const unused = declared.filter((d) => !mounted.has(d.name));
  const spelt = near(unused.map((d) => d.name));
  if (spelt) return spelt;
  const related = [...new Set(unused.filter((d) => namesRelated(name, d.name) || namesRelated(name, sourceName(d))).map((d) => d.name))];
  if (related.length === 1) return related[0];
  return near(declared.map((d) => d.name));
}

// rules/duplicate-mount-path/index.ts
var vol = (m) => m.name !== void 0 ? `volume "${m.name}"` : "a volume";
var duplicate_mount_path_default = defineRule({
  meta: {
    id: "duplicate-mount-path",
    severity: "error",
    category: "volumes",
    description: "One container mounts two volumes (or a volume and a device) at the same path.",
    rationale: 'Within a container every volumeMounts[].mountPath must be unique, and no mountPath may equal a volumeDevices[].devicePath: the API server rejects the object ("mountPath: Invalid value: must be unique"). Paths that differ only in spelling (/data and /data/) pass validation but mount two volumes on one directory, and the second hides the first. It typically happens when a sidecar template and a hand-written mount both add the same directory.',
    fix: "Keep one mount per path: drop the duplicate, or give the second volume its own mountPath (or mount single files with subPath under distinct paths)."
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    for (const c of w.declared) {
      const mounts = mountsOf(c).filter((m) => m.mountPath !== void 0 && m.mountPath !== "");
      const exact2 = /* @__PURE__ */ new Map();
      const normal = /* @__PURE__ */ new Map();
      const devices = /* @__PURE__ */ new Map();
      for (const m of mounts.filter((m2) => m2.field === "volumeDevices")) {
        const first = devices.get(m.mountPath);
        if (first) {
          ctx.report({
            object: w.object,
            path: [...m.path, "devicePath"],
            container: c,
            message: `devicePath ${m.mountPath} of ${roleWord(c)} "${c.name}" is used twice (${vol(first)} and ${vol(m)}): the API server rejects the ${w.kind} (volumeDevices[${m.index}].devicePath: must be unique)`
          });
        } else devices.set(m.mountPath, m);
      }
      for (const m of mounts.filter((m2) => m2.field === "volumeMounts")) {
        const path = m.mountPath;
        const first = exact2.get(path);
        const same = normal.get(normalizePath(path));
        const device = devices.get(path);
        const at2 = [...m.path, "mountPath"];
        if (first) {
          ctx.report({
            object: w.object,
            path: at2,
            container: c,
            message: `mountPath ${path} of ${roleWord(c)} "${c.name}" is used twice (${vol(first)} and ${vol(m)}): the API server rejects the ${w.kind} (volumeMounts[${m.index}].mountPath: must be unique)`
          });
        } else if (same) {
          ctx.report({
            object: w.object,
            path: at2,
            container: c,
            message: `mountPath ${path} of ${roleWord(c)} "${c.name}" is the directory ${same.mountPath} already mounted from ${vol(same)}: ${vol(m)} is mounted over it and hides it`
          });
        } else if (device) {
          ctx.report({
            object: w.object,
            path: at2,
            container: c,
            message: `mountPath ${path} of ${roleWord(c)} "${c.name}" is also the devicePath of ${vol(device)}: the API server rejects the ${w.kind} (volumeMounts[${m.index}].mountPath: must not already exist as a path in volumeDevices)`
          });
        }
        if (!first) exact2.set(path, m);
        if (!same) normal.set(normalizePath(path), m);
      }
    }
  }
});

// src/model/run.ts
function isNamespace(o) {
  return o.kind === "Namespace" && Boolean(o.name);
}
function isWorkloadObject(o) {
  return isWorkloadKind(o.kind) && !o.isPatch && isObject(o.value);
}
function workloadOf(o, kubeVersion, namespaces) {
  return new Workload(o, kubeVersion, namespaceFor(o, namespaces)?.metadata);
}
function namespaceFor(o, namespaces) {
  if (!o.namespace) return void 0;
  const dir = dirOf(o.file);
  return namespaces.find((n) => n.name === o.namespace && (dir + "/").startsWith(dirOf(n.file) + "/"));
}
function dirOf(file) {
  const i = file.replace(/\\/g, "/").lastIndexOf("/");
  return i === -1 ? "." : file.slice(0, i);
}
function servicePorts(service) {
  const spec = isObject(service.value.spec) ? service.value.spec : {};
  return asArray(spec.ports).map((p, index) => ({ p, index })).filter(({ p }) => isObject(p)).map(({ p, index }) => {
    const port = p;
    return {
      port: port.port,
      // An unset, zero or empty targetPort means the same as port (as the API defaults it).
      targetPort: port.targetPort === void 0 || port.targetPort === 0 || port.targetPort === "" || port.targetPort === null ? port.port : port.targetPort,
      name: typeof port.name === "string" ? port.name : void 0,
      protocol: typeof port.protocol === "string" ? port.protocol : "TCP",
      index
    };
  });
}
function folderOf(file) {
  return file.slice(0, file.lastIndexOf("/") + 1);
}
function pushTo(map, key2, value) {
  const list2 = map.get(key2);
  if (list2) list2.push(value);
  else map.set(key2, [value]);
}

// rules/duplicate-port-name/index.ts
function portsNamed(w, name, protocol) {
  const order = (c) => c.list === "containers" ? 0 : 1;
  const out = [];
  const running = w.running.filter((c) => c.list).sort((a, b) => order(a) - order(b) || a.index - b.index);
  for (const container of running) {
    const port = container.ports.find((p) => p.name === name && p.protocol === protocol);
    if (port) out.push({ container, port });
  }
  return out;
}
function repeatsAPortName(w) {
  const seen = /* @__PURE__ */ new Set();
  for (const c of w.running) {
    if (!c.list) continue;
    for (const p of c.ports) {
      if (p.name === void 0) continue;
      if (seen.has(p.name)) return true;
      seen.add(p.name);
    }
  }
  return false;
}
var duplicate_port_name_default = defineRule({
  meta: {
    id: "duplicate-port-name",
    severity: "warning",
    category: "ports",
    description: "A Service targets a port by name, and two running containers of the selected pods give that name to different ports: the Service only ever reaches the first.",
    rationale: `A Service that targets a port by name (targetPort: http) resolves it per pod to the first port with that name and protocol: regular containers in spec order first, then native sidecars. When the app and a sidecar both call a port "http", the other container's port is silently never reached, and which one wins changes when containers are reordered or a sidecar becomes a native sidecar. Traffic meant for a TLS or auth proxy can skip it and go straight to the app. The API server accepts it: names only have to be unique within one container. Names that no Service targets (e.g. a per-container "admin-http" scraped by Prometheus pod discovery) are left alone.`,
    fix: `Give each container's ports distinct names (e.g. "http" for the app, "proxy-https" for the sidecar) and point the Service at the one it means.`
  },
  /** The run looks at Services and the workloads they may select. */
  keep: (obj) => obj.kind === "Service" || isWorkloadObject(obj),
  run(run, ctx) {
    const selectedBy = /* @__PURE__ */ new Map();
    for (const w of run.workloads) {
      if (!repeatsAPortName(w)) continue;
      for (const s of run.servicesOf(w)) pushTo(selectedBy, s, w);
    }
    const reported = /* @__PURE__ */ new Set();
    for (const service of run.services) {
      const selected = selectedBy.get(service);
      if (!selected) continue;
      for (const sp of servicePorts(service)) {
        const name = sp.targetPort;
        if (typeof name !== "string" || name === "" || /^\d+$/.test(name)) continue;
        for (const w of selected) {
          const named = portsNamed(w, name, sp.protocol);
          const first = named[0];
          if (!first) continue;
          for (const other of named.slice(1)) {
            if (other.port.containerPort === first.port.containerPort) continue;
            const path = [...other.port.path, "name"];
            const key2 = `${w.object.file}\0${w.object.doc.index}\0${path.join("/")}`;
            if (reported.has(key2)) continue;
            reported.add(key2);
            ctx.report({
              object: w.object,
              path,
              container: other.container,
              message: `port name "${name}" of ${roleWord(other.container)} "${other.container.name}" (${other.port.containerPort}/${other.port.protocol}) is also used by ${roleWord(first.container)} "${first.container.name}" (${first.port.containerPort}): ${service.label}'s targetPort "${name}" always resolves to ${first.port.containerPort} and never reaches ${other.port.containerPort}`
            });
          }
        }
      }
    }
  }
});

// src/model/quantity.ts
var MULTIPLIERS = {
  "": 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
};
var QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;
function parseQuantity(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : void 0;
  if (typeof v !== "string") return void 0;
  const m = QUANTITY.exec(v.trim());
  if (!m) return void 0;
  const mantissa = Number(m[1]);
  let value;
  if (m[2] !== void 0) value = Number(`${m[1]}e${m[2]}`);
  else value = mantissa * MULTIPLIERS[m[3] ?? ""];
  if (!Number.isFinite(value)) return void 0;
  return m[3] && /^[num]$/.test(m[3]) ? Number(value.toPrecision(15)) : value;
}
function parseCpu(v) {
  const q = parseQuantity(v);
  return q !== void 0 && q >= 0 ? q : void 0;
}
function parseMemory(v) {
  const q = parseQuantity(v);
  return q !== void 0 && q >= 0 ? q : void 0;
}
function formatCpu(cores) {
  if (Number.isInteger(cores)) return String(cores);
  const milli = Math.round(cores * 1e3 * 1e3) / 1e3;
  return `${milli}m`;
}
var BINARY = [
  ["Ei", 2 ** 60],
  ["Pi", 2 ** 50],
  ["Ti", 2 ** 40],
  ["Gi", 2 ** 30],
  ["Mi", 2 ** 20],
  ["Ki", 2 ** 10]
];
var DECIMAL = [
  ["E", 1e18],
  ["P", 1e15],
  ["T", 1e12],
  ["G", 1e9],
  ["M", 1e6],
  ["k", 1e3]
];
function formatMemory(bytes) {
  if (bytes === 0) return "0";
  if (Number.isInteger(bytes)) {
    for (const [suffix, size] of BINARY) if (bytes >= size && bytes % size === 0) return `${bytes / size}${suffix}`;
    for (const [suffix, size] of DECIMAL) if (bytes >= size && bytes % size === 0) return `${bytes / size}${suffix}`;
  }
  for (const [suffix, size] of BINARY) {
    if (bytes >= size) return `${Math.round(bytes / size * 100) / 100}${suffix}`;
  }
  return String(Math.round(bytes * 100) / 100);
}

// src/model/resources.ts
var RESOURCE_NAMES = ["cpu", "memory"];
var parsers = { cpu: parseCpu, memory: parseMemory };
function section(holder, key2) {
  if (!isObject(holder) || !isObject(holder.resources)) return void 0;
  const s = holder.resources[key2];
  return isObject(s) ? s : void 0;
}
function amount(holder, key2, res) {
  const s = section(holder, key2);
  if (!s) return void 0;
  const raw = s[res];
  if (raw === void 0 || raw === null) return void 0;
  return { value: parsers[res](raw), raw, from: key2, rel: ["resources", key2, res] };
}
function limitOf(spec, res) {
  return amount(spec, "limits", res);
}
function requestOf(spec, res) {
  return amount(spec, "requests", res) ?? amount(spec, "limits", res);
}
function hasAnyRequest(spec) {
  return RESOURCE_NAMES.some((r) => requestOf(spec, r) !== void 0);
}
function hasPodLevelResources(podSpec) {
  return RESOURCE_NAMES.some((r) => requestOf(podSpec, r) !== void 0);
}
function podRequests(podSpec, options = {}) {
  const spec = isObject(podSpec) ? podSpec : {};
  return {
    cpu: breakdown(spec, "cpu", options),
    memory: breakdown(spec, "memory", options)
  };
}
function breakdown(spec, res, options) {
  const unreadable = [];
  const request = (c, fallbackName) => {
    const a = requestOf(c, res);
    if (!a) return 0;
    if (a.value === void 0) {
      unreadable.push(typeof c.name === "string" ? c.name : fallbackName);
      return 0;
    }
    return a.value;
  };
  let running = 0;
  let sidecars = 0;
  asArray(spec.containers).forEach((c, i) => {
    if (!isObject(c)) return;
    const r = request(c, `containers[${i}]`);
    running += r;
    if (options.appIndex !== void 0 && i !== options.appIndex) sidecars += r;
  });
  let nativeSoFar = 0;
  let initPeak = 0;
  let initPeakBy;
  asArray(spec.initContainers).forEach((c, i) => {
    if (!isObject(c)) return;
    const r = request(c, `initContainers[${i}]`);
    const name = typeof c.name === "string" ? c.name : `initContainers[${i}]`;
    let phase;
    if (c.restartPolicy === "Always" && options.nativeSidecars !== false) {
      nativeSoFar += r;
      running += r;
      sidecars += r;
      phase = nativeSoFar;
    } else {
      phase = nativeSoFar + r;
    }
    if (phase > initPeak) {
      initPeak = phase;
      initPeakBy = name;
    }
  });
  let total = Math.max(initPeak, running);
  let podLevel;
  const pod = amount(spec, "requests", res);
  const podLimit = amount(spec, "limits", res);
  if (pod?.value !== void 0) podLevel = pod.value;
  else if (!pod && podLimit?.value !== void 0 && !anyContainerRequests(spec, res)) podLevel = podLimit.value;
  if (podLevel !== void 0) total = podLevel;
  const overheadSpec = isObject(spec.overhead) ? spec.overhead : {};
  const overhead = parsers[res](overheadSpec[res]) ?? 0;
  total += overhead;
  return {
    total: tidy(total),
    running: tidy(running),
    initPeak: tidy(initPeak),
    initPeakBy: initPeak > running ? initPeakBy : void 0,
    sidecars: tidy(sidecars),
    overhead,
    podLevel,
    unreadable
  };
}
function anyContainerRequests(spec, res) {
  return [...asArray(spec.containers), ...asArray(spec.initContainers)].some((c) => requestOf(c, res) !== void 0);
}
function tidy(n) {
  return Number(n.toPrecision(12));
}

// rules/effective-requests/index.ts
var effective_requests_default = defineRule({
  meta: {
    id: "effective-requests",
    severity: "info",
    category: "resources",
    description: "States the effective cpu and memory request of each pod with sidecars or init containers, and the sidecars' share of it.",
    rationale: "The scheduler, ResourceQuota and QoS do not use the sum of the containers' requests: they use max(the init phase's peak, native sidecars + regular containers) + overhead (KEP-753). Native sidecars count in both terms, a large init container can set the pod's size on its own, and injected proxies add to every replica. Seeing the number the cluster uses makes capacity planning and quota sizing honest.",
    fix: "Nothing to fix: this is a report. Use it to size quotas and node pools, and to spot sidecars or init containers that dominate a pod.",
    optIn: true
  },
  workload(w, ctx) {
    const sidecars = w.running.filter((c) => c.list && (c.role === "sidecar" || c.role === "native-sidecar"));
    const inits = w.initContainers.filter((c) => c.role === "init");
    if (sidecars.length === 0 && inits.length === 0) return;
    const r = podRequests(w.podSpec, { appIndex: w.app?.list === "containers" ? w.app.index : void 0, nativeSidecars: w.nativeSidecarsSupported });
    const parts = [];
    const cpu = r.cpu.total > 0 ? `cpu ${formatCpu(r.cpu.total)}` : "";
    const memory = r.memory.total > 0 ? `memory ${formatMemory(r.memory.total)}` : "";
    parts.push(
      cpu && memory ? `pod requests ${cpu} and ${memory}` : cpu ? `pod requests ${cpu} and no memory` : memory ? `pod requests no cpu and ${memory}` : "pod requests neither cpu nor memory"
    );
    if (sidecars.length > 0) {
      const names = `sidecar${sidecars.length > 1 ? "s" : ""} ${sidecars.map((c) => `"${c.name}"`).join(", ")}`;
      const shares = [share("cpu", r.cpu, formatCpu), share("memory", r.memory, formatMemory)].filter(Boolean);
      parts.push(shares.length ? `${names} account${sidecars.length > 1 ? "" : "s"} for ${shares.join(" and ")}` : `${names} request${sidecars.length > 1 ? "" : "s"} nothing`);
    } else {
      parts.push("no sidecars");
    }
    const peaks = /* @__PURE__ */ new Map();
    for (const [res, b, fmt] of [["cpu", r.cpu, formatCpu], ["memory", r.memory, formatMemory]]) {
      if (!b.initPeakBy || b.podLevel !== void 0) continue;
      const list2 = peaks.get(b.initPeakBy) ?? [];
      list2.push(`${res} (${fmt(b.initPeak)} at start-up, ${fmt(b.running)} running)`);
      peaks.set(b.initPeakBy, list2);
    }
    for (const [name, list2] of peaks) parts.push(`init container "${name}" sets the peak of ${list2.join(" and ")}`);
    const levels = [r.cpu.podLevel !== void 0 ? "cpu" : "", r.memory.podLevel !== void 0 ? "memory" : ""].filter(Boolean);
    if (levels.length) parts.push(`pod-level requests set the ${levels.join(" and ")}`);
    if (r.cpu.overhead || r.memory.overhead) parts.push(`overhead ${formatCpu(r.cpu.overhead)} cpu and ${formatMemory(r.memory.overhead)} memory included`);
    const unreadable = [.../* @__PURE__ */ new Set([...r.cpu.unreadable, ...r.memory.unreadable])];
    if (unreadable.length) parts.push(`unreadable amounts of ${unreadable.map((n) => `"${n}"`).join(", ")} counted as 0`);
    for (const proxy of w.containers.filter((c) => c.role === "injected")) {
      parts.push(`${roleWord(proxy)} "${proxy.name}" not counted (the mesh sizes it)`);
    }
    ctx.report({
      object: w.object,
      path: [...w.podSpecPath, "containers"],
      key: true,
      message: parts.join("; ")
    });
  }
});
function share(res, b, fmt) {
  if (b.sidecars <= 0) return "";
  return `${res} ${fmt(b.sidecars)} (${Math.round(b.sidecars / b.total * 100)}%)`;
}

// src/fix/apply.ts
function lineBreakOf(text) {
  return /\r\n/.test(text) ? "\r\n" : "\n";
}

// src/fix/yaml-edits.ts
var editableCache = /* @__PURE__ */ new WeakMap();
function editable(doc) {
  let ok = editableCache.get(doc);
  if (ok === void 0) {
    ok = doc.source.originalText === void 0 && !usesAliases(doc.source.text.slice(doc.span[0], doc.span[1]));
    editableCache.set(doc, ok);
  }
  return ok;
}
function usesAliases(text) {
  if (!text.includes("&") && !text.includes("<<")) return false;
  const code = text.replace(/(^|[ \t])#.*$/gm, "$1");
  if (/(^|[\s{,])<<[ \t]*:/.test(code)) return true;
  const anchors = /* @__PURE__ */ new Set();
  for (const m of code.matchAll(/(?:^|[\s[{,])&([^\s[\]{},]+)/g)) anchors.add(m[1]);
  if (anchors.size === 0) return false;
  for (const m of code.matchAll(/(?:^|[\s[{,])\*([^\s[\]{},]+)/g)) if (anchors.has(m[1])) return true;
  return false;
}
function plainSafe(s) {
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(s) && !/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(s) && // numbers
  !/^0[xob]/i.test(s) && !/^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/.test(s);
}
function render(v, json) {
  if (typeof v === "object") return `{${Object.entries(v).map(([k, x]) => `${renderKey(k, json)}: ${render(x, json)}`).join(", ")}}`;
  if (typeof v !== "string") return String(v);
  return !json && plainSafe(v) ? v : JSON.stringify(v);
}
function renderKey(k, json) {
  return !json && plainSafe(k) ? k : JSON.stringify(k);
}
function quotedKeys(doc, mapPath, map) {
  const first = Object.keys(map)[0];
  if (first === void 0) return /^\s*[[{]/.test(doc.source.text.slice(doc.span[0], doc.span[1])) && /\.json$/i.test(doc.source.path);
  const k = doc.locate([...mapPath, first], "key");
  return k.exact && doc.source.text[k.span[0]] === '"';
}
function fillEmptyValue(text, keyEnd, value) {
  const lineEnd = text.indexOf("\n", keyEnd);
  const rest = text.slice(keyEnd, lineEnd === -1 ? text.length : lineEnd);
  const m = /^([ \t]*:)([ \t]*)(~|null|Null|NULL)?(?=[ \t]*(#|\r?$))/.exec(rest);
  if (!m) return void 0;
  if (m[3] === void 0) return { start: keyEnd, end: keyEnd + m[1].length, text: `${m[1]} ${value}` };
  return { start: keyEnd, end: keyEnd + m[0].length, text: `${m[1]} ${value}` };
}
function endOfLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}
function setMapKey(doc, mapPath, key2, value) {
  if (!editable(doc)) return void 0;
  const text = doc.source.text;
  const map = doc.get(mapPath);
  const at2 = doc.locate(mapPath);
  if (!at2.exact) return void 0;
  const [start, end] = at2.span;
  const written = text.slice(start, end);
  if (written.startsWith("*") || written.startsWith("&") || written.startsWith("!")) return void 0;
  const br = lineBreakOf(text);
  if (map === null || map === void 0) {
    const keySpan = doc.locate(mapPath, "key");
    if (!keySpan.exact) return void 0;
    const json2 = text[keySpan.span[0]] === '"';
    const edit = fillEmptyValue(text, keySpan.span[1], render({ [key2]: value }, json2));
    return edit && [edit];
  }
  if (!isObject(map)) return void 0;
  const json = quotedKeys(doc, mapPath, map);
  if (key2 in map) {
    const current = map[key2];
    const v = doc.locate([...mapPath, key2]);
    if (!v.exact || v.span[0] < start || v.span[1] > end) return void 0;
    if (current === null || v.span[0] === v.span[1]) {
      const k = doc.locate([...mapPath, key2], "key");
      const edit = k.exact ? fillEmptyValue(text, k.span[1], render(value, json)) : void 0;
      return edit && [edit];
    }
    return [{ start: v.span[0], end: v.span[1], text: render(value, json) }];
  }
  const pair = `${renderKey(key2, json)}: ${render(value, json)}`;
  if (written.startsWith("{")) {
    const close = written.lastIndexOf("}");
    if (close === -1) return void 0;
    const inner = written.slice(1, close);
    if (inner.includes("#")) return void 0;
    if (inner.trim() === "") return [{ start, end: start + close + 1, text: `{${pair}}` }];
    const trimmed = inner.replace(/\s+$/, "");
    const at3 = start + 1 + trimmed.length;
    const comma = trimmed.endsWith(",");
    if (inner.includes("\n")) {
      const lastKey = Object.keys(map)[Object.keys(map).length - 1];
      const lk = doc.locate([...mapPath, lastKey], "key");
      if (!lk.exact) return void 0;
      const ls = doc.source.lineStart(doc.source.position(lk.span[0]).line);
      const indent = text.slice(ls, lk.span[0]);
      if (/^[ \t]*$/.test(indent)) return [{ start: at3, end: at3, text: `${comma ? "" : ","}${br}${indent}${pair}${comma ? "," : ""}` }];
    }
    return [{ start: at3, end: at3, text: comma ? ` ${pair},` : `, ${pair}` }];
  }
  const keys = Object.keys(map);
  const firstKey = keys[0];
  if (firstKey === void 0) return void 0;
  const firstKeySpan = doc.locate([...mapPath, firstKey], "key");
  if (!firstKeySpan.exact || firstKeySpan.span[0] < start || firstKeySpan.span[0] > end) return void 0;
  const column = doc.source.position(firstKeySpan.span[0]).column - 1;
  const lastValue = doc.locate([...mapPath, keys[keys.length - 1]]);
  if (!lastValue.exact || lastValue.span[1] > end) return void 0;
  const [vs, ve] = lastValue.span;
  const insertAt = endOfLine(text, ve > vs ? ve - 1 : ve);
  const line = `${" ".repeat(column)}${pair}`;
  if (insertAt === text.length && !text.endsWith("\n")) return [{ start: insertAt, end: insertAt, text: `${br}${line}` }];
  return [{ start: insertAt, end: insertAt, text: `${line}${br}` }];
}
function moveToNativeSidecar(doc, podSpecPath3, index) {
  if (!editable(doc)) return void 0;
  const text = doc.source.text;
  const src = doc.source;
  const containers = doc.get([...podSpecPath3, "containers"]);
  if (!Array.isArray(containers) || containers.length < 2) return void 0;
  const container = containers[index];
  if (!isObject(container) || "restartPolicy" in container) return void 0;
  const item = doc.locate([...podSpecPath3, "containers", index]);
  if (!item.exact) return void 0;
  const itemStart = item.span[0];
  const startPos = src.position(itemStart);
  const itemLineStart = src.lineStart(startPos.line);
  const dash = /^([ \t]*)-[ \t]+$/.exec(text.slice(itemLineStart, itemStart));
  if (!dash || text[itemStart] === "{" || text[itemStart] === "[") return void 0;
  const br = lineBreakOf(text);
  let lineStart = itemLineStart;
  for (let n = startPos.line - 1; n >= 1; n--) {
    const l = src.line(n);
    if (!new RegExp(`^${dash[1]}#`).test(l)) break;
    lineStart = src.lineStart(n);
  }
  let end = item.span[1];
  if (end > itemLineStart && text[end - 1] !== "\n") end = endOfLine(text, end);
  const block = text.slice(lineStart, end);
  const itemColumn = startPos.column - 1;
  const withPolicy = `${block}${block.endsWith("\n") ? "" : br}${" ".repeat(itemColumn)}restartPolicy: Always${br}`;
  const init2 = doc.get([...podSpecPath3, "initContainers"]);
  const edits = [{ start: lineStart, end, text: "" }];
  if (Array.isArray(init2) && init2.length > 0) {
    const last = doc.locate([...podSpecPath3, "initContainers", init2.length - 1]);
    if (!last.exact) return void 0;
    const lastPos = src.position(last.span[0]);
    const initDash = /^([ \t]*)-[ \t]+$/.exec(text.slice(src.lineStart(lastPos.line), last.span[0]));
    if (!initDash || text[last.span[0]] === "{") return void 0;
    const shift = initDash[1].length - dash[1].length;
    if (shift !== 0 && /[|>][-+]?[1-9]/.test(block)) return void 0;
    const moved = withPolicy.split(/(?<=\n)/).map((l) => /^\s*$/.test(l) ? l : shift >= 0 ? " ".repeat(shift) + l : l.replace(new RegExp(`^ {0,${-shift}}`), "")).join("");
    let at2 = last.span[1];
    if (at2 > 0 && text[at2 - 1] !== "\n") at2 = endOfLine(text, at2);
    edits.push({ start: at2, end: at2, text: (at2 === text.length && !text.endsWith("\n") ? br : "") + moved });
  } else if (init2 === void 0) {
    const key2 = doc.locate([...podSpecPath3, "containers"], "key");
    if (!key2.exact) return void 0;
    const keyLineStart = src.lineStart(src.position(key2.span[0]).line);
    const keyIndent = text.slice(keyLineStart, key2.span[0]);
    if (!/^[ \t]*$/.test(keyIndent)) return void 0;
    edits.push({ start: keyLineStart, end: keyLineStart, text: `${keyIndent}initContainers:${br}${withPolicy}` });
  } else return void 0;
  return edits;
}

// rules/emptydir-size-limit/index.ts
var DEFAULT_SIZE_LIMIT = "500Mi";
var SMALL_CONTENT = /(^|[-_./])(sock|socks|socket|sockets|uds|certs?|tls|creds?|credentials|conf|config|configs|conf\.d|rules|plugins|bin|tools)([-_./]|$)/i;
function limitOf2(c, resource) {
  const r = c.spec.resources;
  return isObject(r) && isObject(r.limits) && r.limits[resource] !== void 0 && r.limits[resource] !== null;
}
function list(cs) {
  const words = cs.map((c) => `${roleWord(c)} "${c.name}"`);
  return words.length <= 2 ? words.join(" and ") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
var emptydir_size_limit_default = defineRule({
  meta: {
    id: "emptydir-size-limit",
    severity: "warning",
    category: "volumes",
    description: "An emptyDir shared by two or more running containers has no sizeLimit.",
    rationale: "An emptyDir that a sidecar and the app exchange data through (logs, a database, a git checkout) grows for as long as the pod lives, on the node's disk (or, with medium: Memory, in the node's memory, charged to the writing container). Without sizeLimit nothing bounds it but node pressure: a chatty writer fills the node's ephemeral storage, and the kubelet evicts this pod and possibly its neighbours. With sizeLimit the kubelet evicts only this pod, when the volume passes its limit, and the scheduler can account for it.",
    fix: "Set emptyDir.sizeLimit to what the exchange needs (e.g. sizeLimit: 500Mi for rotated logs), or give every container a resources.limits.ephemeral-storage; rotate or ship logs so the volume does not grow without end. `--fix` sets the sizeLimit given by the rule option (500Mi by default).",
    optionsSchema: {
      type: "object",
      properties: { sizeLimit: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$" } },
      additionalProperties: false
    },
    defaultOptions: { sizeLimit: DEFAULT_SIZE_LIMIT }
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const byVolume = mountsByVolume(podMounts(w));
    const running = w.running.filter((c) => c.list);
    for (const d of declaredVolumes(w)) {
      if (d.type !== "emptyDir") continue;
      const source = d.spec.emptyDir;
      const limit = isObject(source) ? source.sizeLimit : void 0;
      if (limit !== void 0 && limit !== null && limit !== "") continue;
      const memory = isObject(source) && source.medium === "Memory";
      const mounts = (byVolume.get(d.name) ?? []).filter((m) => running.includes(m.container));
      const users = [...new Set(mounts.map((m) => m.container))];
      if (users.length < 2) continue;
      if (users.some((c) => c.mesh)) continue;
      if (SMALL_CONTENT.test(d.name) || mounts.every((m) => SMALL_CONTENT.test(m.mountPath ?? "") || (m.mountPath ?? "").startsWith("/run/") || (m.mountPath ?? "").startsWith("/var/run/"))) continue;
      if (mounts.every((m) => isPrivatePath(m.mountPath ?? "/"))) continue;
      if (!memory && running.every((c) => limitOf2(c, "ephemeral-storage"))) continue;
      if (memory && users.every((c) => limitOf2(c, "memory"))) continue;
      const where = memory ? "what they write there stays in the node's memory (tmpfs) until the pod is OOM-killed or evicted" : "what they write there (logs, data) can fill the node's disk until the kubelet evicts the pod";
      const fixLimit = String(ctx.options.sizeLimit ?? DEFAULT_SIZE_LIMIT);
      const edits = "emptyDir" in d.spec ? setMapKey(w.object.doc, [...d.path, "emptyDir"], "sizeLimit", fixLimit) : setMapKey(w.object.doc, d.path, "emptyDir", { sizeLimit: fixLimit });
      ctx.report({
        object: w.object,
        path: isObject(d.spec) && "emptyDir" in d.spec ? [...d.path, "emptyDir"] : d.namePath,
        key: "emptyDir" in d.spec,
        message: `emptyDir "${d.name}"${memory ? " (medium: Memory)" : ""} is shared by ${list(users)} without sizeLimit: ${where}`,
        fix: edits && { description: `set sizeLimit: ${fixLimit}`, edits }
      });
    }
  }
});

// rules/hostport-conflict/index.ts
function writtenHostIP(c, port) {
  const entry = asArray(c.spec.ports)[Number(port.path[port.path.length - 1])];
  return isObject(entry) && typeof entry.hostIP === "string" ? entry.hostIP.trim() : "";
}
function boundIP(written) {
  return written === "0.0.0.0" ? "" : written;
}
var hostport_conflict_default = defineRule({
  meta: {
    id: "hostport-conflict",
    severity: "error",
    category: "ports",
    description: "Two containers of one pod declare the same hostPort, protocol and hostIP.",
    rationale: 'A host port maps one port of the node to one container. The API server rejects a pod whose regular containers repeat a hostPort (Duplicate value: "TCP//8080"), but it checks init containers one at a time, so a native sidecar and an app container asking for the same host port pass validation; on the node only one mapping can win and the other container gets no traffic (or the pod fails to start with a port conflict).',
    fix: "Give each container its own hostPort, or drop the hostPort from the container that does not need to be reached from outside the pod (usually the sidecar: the app can reach it on localhost)."
  },
  workload(w, ctx) {
    const owners = /* @__PURE__ */ new Map();
    for (const c of w.declared) {
      const together = c.running || c.role === "app";
      const mine = /* @__PURE__ */ new Map();
      for (const port of c.ports) {
        if (port.hostPort === void 0 || port.hostPort === 0) continue;
        const written = writtenHostIP(c, port);
        const ip = boundIP(written);
        const key2 = `${port.protocol}/${ip}/${port.hostPort}`;
        const shown = `${port.protocol}${ip ? ` ${ip}` : ""}/${port.hostPort}`;
        const path = [...port.path, "hostPort"];
        const rejected = (other) => other === written ? `the API rejects the pod (Duplicate value: "${port.protocol}/${written}/${port.hostPort}")` : `the API accepts it (it compares hostIP as written: ${other ? `"${other}"` : "unset"} and ${written ? `"${written}"` : "unset"}), but both mean every address of the node, so only one mapping can work`;
        const earlier = mine.get(key2);
        if (earlier !== void 0) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `${roleWord(c)} "${c.name}" declares hostPort ${shown} twice: ${rejected(earlier)}`
          });
          continue;
        }
        mine.set(key2, written);
        if (!together) continue;
        const first = owners.get(key2);
        if (!first) {
          owners.set(key2, { container: c, port, written });
          continue;
        }
        const bothRegular = c.list === "containers" && first.container.list === "containers";
        const outcome = bothRegular ? rejected(first.written) : "the API checks init containers apart from the others and accepts it, but the node maps a host port to one container only, so the pod fails to start or one of them gets no traffic";
        ctx.report({
          object: w.object,
          path,
          container: c,
          message: `hostPort ${shown} of ${roleWord(c)} "${c.name}" is also declared by ${roleWord(first.container)} "${first.container.name}": ${outcome}`
        });
      }
    }
  }
});

// rules/injected-sidecar-port-clash/index.ts
var MESH_NAMES2 = { istio: "Istio", linkerd: "Linkerd", dapr: "Dapr" };
var LINKERD_PORT_ANNOTATIONS = {
  4140: "config.linkerd.io/proxy-outbound-port",
  4143: "config.linkerd.io/proxy-inbound-port",
  4191: "config.linkerd.io/proxy-admin-port"
};
function toPort(v) {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : void 0;
}
function exact(ports) {
  return (port, protocol) => protocol === "TCP" ? ports.find((p) => p.port === port)?.name : void 0;
}
function reservedBy(w, mesh) {
  switch (mesh) {
    case "istio":
      return (port, protocol) => {
        if (protocol !== "TCP" && !(protocol === "UDP" && port === 15053)) return void 0;
        const [lo, hi] = ISTIO_RESERVED_RANGE;
        if (port < lo || port > hi) return void 0;
        return ISTIO_PORTS.find((p) => p.port === port)?.name ?? `in ${lo}-${hi}, the range Istio keeps for its proxy`;
      };
    case "linkerd": {
      const ports = LINKERD_PORTS.map((p) => ({ ...p, port: toPort(w.annotations[LINKERD_PORT_ANNOTATIONS[p.port] ?? ""]) ?? p.port }));
      return exact(ports);
    }
    case "dapr":
      return exact(daprPorts(w.annotations));
  }
}
var injected_sidecar_port_clash_default = defineRule({
  meta: {
    id: "injected-sidecar-port-clash",
    severity: "error",
    category: "mesh",
    description: "A container port (or dapr.io/app-port) uses a port that the mesh proxy injected into the pod (Istio, Linkerd, Dapr) binds or reserves.",
    rationale: "A mesh proxy injected by an admission webhook shares the pod's network namespace with the app: Istio's Envoy keeps 15000-15090 (admin, inbound and outbound capture, health, telemetry, DNS), Linkerd binds 4140, 4143 and 4191, Dapr's daprd binds 3500, 50001, 50002 and its metrics port (9090). The manifest only carries the switch, so nothing in it shows the clash; at run time one of the two processes fails to bind and crash-loops, or iptables sends the app's traffic to the proxy.",
    fix: "Move the app to a port outside the proxy's reserved ports (e.g. 8080), or move the proxy's port where the mesh allows it (dapr.io/metrics-port, config.linkerd.io/proxy-admin-port)."
  },
  workload(w, ctx) {
    const proxies = [];
    const hostNetwork = w.podSpec.hostNetwork === true;
    for (const injected of w.injected) {
      if (hostNetwork && injected.mesh !== "dapr") continue;
      const container = w.containers.find((c) => c.role === "injected" && c.name === injected.container);
      if (!container) continue;
      proxies.push({ mesh: injected.mesh, container, origin: `injected: ${injected.switchText}`, takes: reservedBy(w, injected.mesh) });
    }
    for (const c of w.running) {
      if (c.list && c.mesh) proxies.push({ mesh: c.mesh, container: c, origin: "declared in the manifest", takes: reservedBy(w, c.mesh) });
    }
    if (proxies.length === 0) return;
    const reported = /* @__PURE__ */ new Set();
    for (const c of w.running) {
      if (!c.list || c.mesh) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const port of c.ports) {
        const key2 = `${port.containerPort}/${port.protocol}`;
        if (seen.has(key2)) continue;
        seen.add(key2);
        for (const proxy of proxies) {
          const use = proxy.takes(port.containerPort, port.protocol);
          if (!use) continue;
          if (proxy.container.list && proxy.container.ports.some((p) => p.containerPort === port.containerPort && p.protocol === port.protocol)) continue;
          reported.add(port.containerPort);
          ctx.report({
            object: w.object,
            path: [...port.path, "containerPort"],
            container: c,
            message: `port ${key2} of ${roleWord(c)} "${c.name}" clashes with the ${MESH_NAMES2[proxy.mesh]} proxy "${proxy.container.name}" (${proxy.origin}): ${describeUse(port.containerPort, use)}; one of them fails to bind it or the proxy captures the app's traffic`
          });
          break;
        }
      }
    }
    const dapr = proxies.find((p) => p.mesh === "dapr");
    const appPortText = w.annotations["dapr.io/app-port"];
    const appPort = toPort(appPortText);
    if (dapr && appPort !== void 0 && !reported.has(appPort)) {
      const use = dapr.takes(appPort, "TCP");
      if (use) {
        ctx.report({
          object: w.object,
          path: [...w.podMetaPath, "annotations", "dapr.io/app-port"],
          container: w.app,
          message: `dapr.io/app-port ${asString(appPortText) ?? appPort} names a port the Dapr proxy "${dapr.container.name}" binds itself (${use}): the app cannot listen there and daprd cannot reach it`
        });
      }
    }
  }
});
function describeUse(port, use) {
  return use.startsWith("in ") ? `${port} is ${use}` : `the proxy binds ${port} for its ${use}`;
}

// rules/invalid-port-name/index.ts
function portNameProblem(name) {
  if (name.length > 15) return `is ${name.length} characters long (at most 15)`;
  if (!/^[-a-z0-9]+$/.test(name)) return /[A-Z]/.test(name) && /^[-a-zA-Z0-9]+$/.test(name) ? 'has uppercase letters (only a-z, 0-9 and "-")' : 'has characters other than a-z, 0-9 and "-"';
  if (!/[a-z]/.test(name)) return "has no letter (it would read as a port number)";
  if (name.includes("--")) return 'has "--"';
  if (name.startsWith("-") || name.endsWith("-")) return 'starts or ends with "-"';
  return void 0;
}
var invalid_port_name_default = defineRule({
  meta: {
    id: "invalid-port-name",
    severity: "error",
    category: "ports",
    description: "A container port name that is not an IANA_SVC_NAME, or a port name used twice within one container.",
    rationale: 'Port names are looked up by Services (targetPort) and probes, so the API server holds them to the IANA service name syntax: at most 15 characters, lowercase a-z, 0-9 and "-", at least one letter, no "--", no leading or trailing "-"; and unique within a container. Anything else gets the whole workload rejected (ports[0].name: Invalid value / Duplicate value), which Helm and GitOps tools report only at apply time.',
    fix: 'Rename the port: shorten it to 15 characters, lowercase it, replace "_" and "." with "-" (e.g. "http-metrics"), and give each port of a container its own name; update Services and probes that refer to it.'
  },
  workload(w, ctx) {
    for (const c of w.declared) {
      const seen = /* @__PURE__ */ new Set();
      asArray(c.spec.ports).forEach((entry, i) => {
        if (!isObject(entry) || entry.name === void 0 || entry.name === null) return;
        const path = [...c.path, "ports", i, "name"];
        const name = entry.name;
        if (typeof name !== "string") {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `port name ${JSON.stringify(name) ?? String(name)} of ${roleWord(c)} "${c.name}" is not a string: the API rejects the pod; quote it and make it a name with a letter`
          });
          return;
        }
        if (name === "") return;
        const problem = portNameProblem(name);
        if (problem) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `port name "${name}" of ${roleWord(c)} "${c.name}" ${problem}: the API rejects the pod (Invalid value: must be an IANA_SVC_NAME)`
          });
        }
        if (seen.has(name)) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `port name "${name}" is used twice by ${roleWord(c)} "${c.name}": the API rejects the pod (Duplicate value: "${name}")`
          });
        }
        seen.add(name);
      });
    }
  }
});

// rules/job-sidecar-never-completes/index.ts
var MESH_STOP = {
  istio: { name: "Istio", stop: "on Kubernetes >= 1.29 let Istio inject it as a native sidecar, or POST localhost:15020/quitquitquit when the job is done" },
  linkerd: { name: "Linkerd", stop: "wrap the job in linkerd-await --shutdown (or POST localhost:4191/shutdown when done)" },
  dapr: { name: "Dapr", stop: "POST localhost:3500/v1.0/shutdown when the job is done" }
};
var job_sidecar_never_completes_default = defineRule({
  meta: {
    id: "job-sidecar-never-completes",
    severity: "error",
    category: "lifecycle",
    description: "A Job or CronJob pod runs a long-running helper (proxy, agent, log shipper, endless loop) as a regular container, so the Job never completes.",
    rationale: "A Job completes when all regular containers of its pod have exited. A proxy, log shipper or `tail -f` loop in `containers` never exits on its own, so the pod stays Running after the work is done: the Job never reaches Complete, CronJob runs pile up or are skipped, and the pod holds its resources until activeDeadlineSeconds (if any) fails it. Native sidecars (init containers with restartPolicy: Always, Kubernetes >= 1.29) are stopped by the kubelet when the regular containers finish.",
    fix: "Move the helper to initContainers with restartPolicy: Always (Kubernetes >= 1.29). On older clusters, have the job tell the helper to quit when it is done (Envoy/Istio quitquitquit, Linkerd linkerd-await --shutdown, Dapr /v1.0/shutdown) or end it from a shared file or process namespace."
  },
  workload(w, ctx) {
    if (!w.isJob) return;
    const native = w.nativeSidecarsSupported;
    const target = formatKubeVersion(w.kubeVersion);
    const howToFix = native ? "move it to initContainers with restartPolicy: Always (a native sidecar, Kubernetes >= 1.29)" : `native sidecars (initContainers with restartPolicy: Always) need Kubernetes >= 1.29 and the target is ${target}: have the job stop it when done`;
    const sharedPid = w.podSpec.shareProcessNamespace === true;
    const regular = w.regular;
    const verdicts = /* @__PURE__ */ new Map();
    for (const c of regular) {
      const v = longRunning(c.spec);
      if (v) verdicts.set(c, v);
    }
    if (verdicts.size > 0) {
      const workers = regular.filter((c) => !verdicts.has(c));
      if (workers.length === 0 && w.app) verdicts.delete(w.app);
      for (const [c, v] of verdicts) {
        const others = regular.filter((o) => o !== c);
        const stopped = others.some((o) => stopsHelpers(o.spec, sharedPid) && (v.by !== "command" || sharedPid));
        if (stopped) continue;
        const edits = w.nativeSidecarsSupported && c.list === "containers" ? moveToNativeSidecar(w.object.doc, w.podSpecPath, c.index) : void 0;
        ctx.report({
          object: w.object,
          path: [...c.path, "name"],
          container: c,
          message: `${roleWord(c)} "${c.name}" ${v.reason} and never exits, so the ${w.kind} never completes: ${howToFix}`,
          fix: edits && { description: `move "${c.name}" to initContainers with restartPolicy: Always`, edits }
        });
      }
    }
    const stoppedByJob = regular.some((c) => stopsHelpers(c.spec, false));
    if (stoppedByJob) return;
    const istioOptOut = String(w.annotations["sidecar.istio.io/nativeSidecar"] ?? "") === "false";
    for (const proxy of w.injected) {
      let why2;
      if (!native) why2 = `Kubernetes ${target} has no native sidecars`;
      else if (proxy.mesh === "istio" && istioOptOut) why2 = 'annotation sidecar.istio.io/nativeSidecar: "false" turns native sidecars off';
      else continue;
      const mesh = MESH_STOP[proxy.mesh] ?? { name: proxy.mesh, stop: "have the job stop it when done" };
      ctx.report({
        object: w.object,
        path: proxy.switchPath,
        container: proxy.container,
        message: `${mesh.name} injection is switched on (${proxy.switchText}) and ${why2}: the injected proxy "${proxy.container}" is added as a regular container that never exits, so the ${w.kind} never completes; ${mesh.stop}`
      });
    }
  }
});

// rules/latest-tag/index.ts
function imageRef(image) {
  const at2 = image.indexOf("@");
  const digest = at2 >= 0 ? image.slice(at2 + 1) : void 0;
  const name = at2 >= 0 ? image.slice(0, at2) : image;
  const colon = name.lastIndexOf(":");
  const tag = colon > name.lastIndexOf("/") ? name.slice(colon + 1) : void 0;
  return { tag, digest };
}
function isPlaceholder(image) {
  if (image.trim() === "" || /\s|\{\{/.test(image) || image === "auto") return true;
  if (!/[a-z]/.test(image)) return true;
  const name = image.split("@")[0];
  const repo = name.slice(name.lastIndexOf("/") + 1);
  return /[$(){}<>]/.test(repo);
}
var latest_tag_default = defineRule({
  meta: {
    id: "latest-tag",
    severity: "warning",
    category: "images",
    description: "A container image is tagged :latest or has neither tag nor digest (which means :latest).",
    rationale: ":latest is a moving target: nodes that pull at different times run different code, a rollback to the previous ReplicaSet brings back the same floating tag, not the old image, and the pull policy becomes Always, so every start depends on the registry. A sidecar on :latest changes under a pinned app without anyone deploying it.",
    fix: "Pin a version tag (envoyproxy/envoy:v1.31.0), or better a digest (image@sha256:...), and update it on purpose."
  },
  workload(w, ctx) {
    for (const c of w.declared) {
      const image = asString(c.spec.image);
      if (image === void 0 || isPlaceholder(image)) continue;
      const { tag, digest } = imageRef(image);
      if (digest) continue;
      let what;
      if (tag === "latest") what = "is tagged :latest";
      else if (tag === void 0) what = "has no tag, so it means :latest";
      else if (tag === "") what = 'ends with ":" and an empty tag: it is not a valid image reference (the kubelet reports InvalidImageName; often a template whose tag value was empty)';
      else continue;
      ctx.report({
        object: w.object,
        path: [...c.path, "image"],
        container: c,
        message: `image "${image}" of ${roleWord(c)} "${c.name}" ${what}: nodes pulling at different times run different versions and a rollback does not bring the old image back`
      });
    }
  }
});

// rules/missing-limits/index.ts
var missing_limits_default = defineRule({
  meta: {
    id: "missing-limits",
    severity: "warning",
    category: "resources",
    description: "A running container makes requests but sets no memory limit.",
    rationale: "Memory cannot be throttled: a container without a memory limit can grow past its request until the node runs short. Then the kubelet evicts the pods that use more than they requested first, and the whole pod goes, app and sidecars together, because one container leaked. A memory limit confines the damage to that container, which is OOM-killed and restarted on its own.",
    fix: "Set resources.limits.memory on the container, at or a little above its peak use (often equal to the memory request, which also gives Guaranteed QoS when cpu matches too). A cpu limit is optional: cpu is throttled, not killed."
  },
  workload(w, ctx) {
    if (limitOf(w.podSpec, "memory")) return;
    for (const c of w.running) {
      if (!c.list || !hasAnyRequest(c.spec) || limitOf(c.spec, "memory") || completedByInjector(w, c)) continue;
      const resources = isObject(c.spec.resources) ? c.spec.resources : {};
      const memory = requestOf(c.spec, "memory");
      const asked = !memory ? "requests cpu only" : memory.value !== void 0 ? `requests memory ${formatMemory(memory.value)}` : `requests memory ${String(memory.raw)}`;
      ctx.report({
        object: w.object,
        path: [...c.path, "resources", ...isObject(resources.requests) ? ["requests"] : []],
        key: true,
        container: c,
        message: `${roleWord(c)} "${c.name}" ${asked} and sets no memory limit: it can grow until the node runs short of memory, and the kubelet then evicts the whole pod, not just this container`
      });
    }
  }
});

// rules/missing-probes/index.ts
var missing_probes_default = defineRule({
  meta: {
    id: "missing-probes",
    severity: "warning",
    category: "probes",
    description: "A container of a long-running workload serves a port but has neither a readiness nor a liveness probe.",
    rationale: "Without a readiness probe a container counts as ready the moment its process starts, so Services send it traffic before it listens and keep sending it while it is wedged; without a liveness probe a hung process is never restarted. In a multi-container pod this hides a dead sidecar: the proxy or exporter stops answering while the pod stays Ready.",
    fix: "Add a readinessProbe (and, for processes that can hang, a livenessProbe) aimed at the port the container serves: httpGet on a health path, tcpSocket, or grpc."
  },
  workload(w, ctx) {
    if (w.runsToCompletion) return;
    for (const c of w.regular) {
      const served = c.ports.filter((p) => p.protocol === "TCP");
      if (served.length === 0 || completedByInjector(w, c)) continue;
      if (isObject(c.spec.readinessProbe) || isObject(c.spec.livenessProbe)) continue;
      const ports = served.map((p) => p.name ? `${p.containerPort} (${p.name})` : String(p.containerPort));
      ctx.report({
        object: w.object,
        path: [...c.path, "name"],
        container: c,
        message: `${roleWord(c)} "${c.name}" serves port${ports.length > 1 ? "s" : ""} ${ports.join(", ")} but has no readiness or liveness probe: it counts as ready before it listens, and stays in the Service if it hangs`
      });
    }
  }
});

// rules/missing-resources/index.ts
var missing_resources_default = defineRule({
  meta: {
    id: "missing-resources",
    severity: "warning",
    category: "resources",
    description: "A running container (app, sidecar or native sidecar) requests neither cpu nor memory.",
    rationale: "The scheduler places a pod by the sum of its requests. A container that requests nothing is placed for free: nodes fill up past what they can run, and under memory pressure the kubelet evicts pods that use more than they asked for first, while the OOM killer ranks a container with no memory request highest. Sidecars are the usual culprits: the app is sized, the proxy or log shipper beside it is not.",
    fix: "Set resources.requests for cpu and memory on every running container, sized from what it uses (kubectl top pod --containers). A limit alone also works: Kubernetes copies it into the missing request."
  },
  workload(w, ctx) {
    if (hasPodLevelResources(w.podSpec)) return;
    for (const c of w.running) {
      if (!c.list) continue;
      if (hasAnyRequest(c.spec) || completedByInjector(w, c)) continue;
      ctx.report({
        object: w.object,
        path: [...c.path, "name"],
        container: c,
        message: `${roleWord(c)} "${c.name}" requests no cpu and no memory: the scheduler reserves nothing for it, and it is first in line for eviction and the OOM killer when the node runs short of memory`
      });
    }
  }
});

// rules/native-sidecar-misuse/index.ts
var SIDECAR_ONLY_FIELDS = ["livenessProbe", "readinessProbe", "startupProbe", "lifecycle"];
var CONTAINER_RESTART_POLICIES = ["Always", "OnFailure", "Never"];
var oneOf = (values) => {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}` : quoted[0];
};
var show = (v) => typeof v === "string" ? `"${v}"` : JSON.stringify(v) ?? String(v);
var native_sidecar_misuse_default = defineRule({
  meta: {
    id: "native-sidecar-misuse",
    severity: "error",
    category: "lifecycle",
    description: "Native sidecar fields where the API rejects or drops them: probes or lifecycle on a plain init container, restartPolicy on a regular container or with a value the version does not support, native sidecars on Kubernetes < 1.29.",
    rationale: "Only an init container with restartPolicy: Always is a native sidecar; the API server rejects probes and lifecycle hooks on other init containers, any other init restartPolicy (Unsupported value), and restartPolicy on regular containers before the ContainerRestartRules gate (1.35). Before 1.29 native sidecars do not exist (1.28 has the SidecarContainers gate off and drops the field), so the would-be sidecar runs as a plain init container that never finishes and the pod never starts.",
    fix: "Add restartPolicy: Always to an init container that should run beside the app (or drop its probes and lifecycle if it is a one-shot step); remove restartPolicy from regular containers on clusters before 1.35; on clusters before 1.29 run the helper as a regular container."
  },
  workload(w, ctx) {
    const version = formatKubeVersion(w.kubeVersion);
    const restartRules = containerRestartRulesEnabled(w.kubeVersion);
    for (const c of w.declared) {
      const spec = c.spec;
      const hasPolicy = spec.restartPolicy !== void 0 && spec.restartPolicy !== null;
      if (c.list === "initContainers") {
        if (c.role === "native-sidecar") {
          if (w.nativeSidecarsSupported) continue;
          const extra = SIDECAR_ONLY_FIELDS.filter((f) => spec[f] !== void 0 && spec[f] !== null);
          const rejected = extra.length ? `; the API then also rejects its ${extra.join(" and ")}` : "";
          ctx.report({
            object: w.object,
            path: [...c.path, "restartPolicy"],
            container: c,
            message: `native sidecar "${c.name}" needs Kubernetes >= 1.29 (target ${version}): restartPolicy is dropped, it runs as a plain init container that never finishes and the pod never starts${rejected}`
          });
          continue;
        }
        const allowed = restartRules ? CONTAINER_RESTART_POLICIES : ["Always"];
        if (hasPolicy && !allowed.includes(spec.restartPolicy)) {
          ctx.report({
            object: w.object,
            path: [...c.path, "restartPolicy"],
            container: c,
            message: `init container "${c.name}" has restartPolicy ${show(spec.restartPolicy)}: the API rejects it (Unsupported value, ${oneOf(allowed)} on ${version}); use "Always" to make it a native sidecar`
          });
        }
        for (const field of SIDECAR_ONLY_FIELDS) {
          if (spec[field] === void 0 || spec[field] === null) continue;
          ctx.report({
            object: w.object,
            path: [...c.path, field],
            key: true,
            container: c,
            message: `init container "${c.name}" has a ${field} but no restartPolicy: Always: the API rejects the pod (Forbidden: may not be set for init containers without restartPolicy=Always); make it a native sidecar or drop the ${field}`
          });
        }
      } else if (c.list === "containers" && hasPolicy) {
        if (!restartRules) {
          ctx.report({
            object: w.object,
            path: [...c.path, "restartPolicy"],
            container: c,
            message: `${roleWord(c)} "${c.name}" sets restartPolicy, which regular containers may have only from Kubernetes 1.35 (target ${version}): the API rejects the pod (Forbidden); remove it, or move a sidecar to initContainers with restartPolicy: Always`
          });
        } else if (!CONTAINER_RESTART_POLICIES.includes(spec.restartPolicy)) {
          ctx.report({
            object: w.object,
            path: [...c.path, "restartPolicy"],
            container: c,
            message: `${roleWord(c)} "${c.name}" has restartPolicy ${show(spec.restartPolicy)}: the API rejects it (Unsupported value, "Always", "OnFailure" or "Never")`
          });
        }
      }
    }
  }
});

// rules/native-sidecar-startup-probe/index.ts
var native_sidecar_startup_probe_default = defineRule({
  meta: {
    id: "native-sidecar-startup-probe",
    severity: "warning",
    category: "probes",
    description: "A native sidecar that serves something (a port or a readiness probe) has no startupProbe.",
    rationale: "The kubelet starts init entries in order and moves past a native sidecar once it counts as started: when its startupProbe passes, or, without one, as soon as its process runs and its postStart hook returns. A proxy, token agent or local cache is not listening yet at that moment, so the containers after it start against a sidecar that is not ready: the app's first connections fail, and apps that fetch config at start crash-loop. A readinessProbe does not help here; it only gates traffic from Services.",
    fix: "Give the native sidecar a startupProbe that passes once it serves (the same check as its readinessProbe is usually right), with a failureThreshold x periodSeconds long enough for a cold start."
  },
  workload(w, ctx) {
    if (!w.nativeSidecarsSupported) return;
    const declared = w.declared;
    for (const c of w.initContainers) {
      if (c.role !== "native-sidecar" || isObject(c.spec.startupProbe) || completedByInjector(w, c)) continue;
      const lifecycle = isObject(c.spec.lifecycle) ? c.spec.lifecycle : {};
      if (isObject(lifecycle.postStart)) continue;
      const serves = c.ports.length > 0 ? `serves port${c.ports.length > 1 ? "s" : ""} ${[...new Set(c.ports.map((p) => p.containerPort))].join(", ")}` : isObject(c.spec.readinessProbe) ? "has a readinessProbe" : void 0;
      if (!serves) continue;
      const next = nextStarted(declared, c, w.app);
      const races = next ? `, so ${roleWord(next)} "${next.name}" races it` : "";
      ctx.report({
        object: w.object,
        path: [...c.path, "name"],
        container: c,
        message: `native sidecar "${c.name}" ${serves} but has no startupProbe: the kubelet starts the next containers as soon as its process is up, not when it is ready${races}`
      });
    }
  }
});
function nextStarted(declared, c, app) {
  const after = declared.find((o) => o.list === "initContainers" && o.index > c.index);
  return after ?? app ?? declared.find((o) => o.list === "containers");
}

// rules/port-conflict/index.ts
var port_conflict_default = defineRule({
  meta: {
    id: "port-conflict",
    severity: "error",
    category: "ports",
    description: "Two running containers of one pod declare the same containerPort and protocol.",
    rationale: 'Containers of a pod share one network namespace, so only one process can bind a port. The API server accepts the pod with a mere warning; at run time the second container fails with "address already in use" and crash-loops. Native sidecars and mesh proxies written into the manifest run beside the app and count too.',
    fix: "Give each container its own port (e.g. move the proxy to 8443 or the app to 8081 and point the proxy upstream at it), or drop the port from the container that does not listen on it."
  },
  workload(w, ctx) {
    const owners = /* @__PURE__ */ new Map();
    for (const c of w.running) {
      if (!c.list) continue;
      const seenHere = /* @__PURE__ */ new Set();
      for (const port of c.ports) {
        const key2 = `${port.containerPort}/${port.protocol}`;
        if (seenHere.has(key2)) continue;
        seenHere.add(key2);
        const first = owners.get(key2);
        if (!first) {
          owners.set(key2, { container: c, port });
          continue;
        }
        ctx.report({
          object: w.object,
          path: [...port.path, "containerPort"],
          container: c,
          message: `port ${key2} of ${roleWord(c)} "${c.name}" is also declared by ${roleWord(first.container)} "${first.container.name}": they share the pod's network, only one can bind it`
        });
      }
    }
  }
});

// rules/privileged-sidecar/index.ts
var privileged_sidecar_default = defineRule({
  meta: {
    id: "privileged-sidecar",
    severity: "error",
    category: "security",
    security: true,
    description: "A container other than the app container (sidecar, native sidecar, init or ephemeral container) runs privileged.",
    rationale: "A privileged container gets every capability and the host's devices, and can escape to the node. Helpers are the usual culprits: a log shipper, an init container that tunes sysctls, a debug container. They run third-party images nobody reviews as closely as the app, and the pod's hardening is only as strong as its weakest container.",
    fix: "Drop privileged and grant only what the helper needs: a capability (NET_ADMIN for iptables), pod-level securityContext.sysctls for namespaced sysctls, a hostPath mount for one file. Node tuning belongs in a DaemonSet or the node image, not in every pod."
  },
  workload(w, ctx) {
    if (w.kind === "DaemonSet") return;
    for (const c of w.declared) {
      if (c.role === "app") continue;
      const sc = c.spec.securityContext;
      if (!isObject(sc) || sc.privileged !== true) continue;
      const app = w.app && w.app.spec.securityContext;
      const appPrivileged = isObject(app) && app.privileged === true;
      ctx.report({
        object: w.object,
        path: [...c.path, "securityContext", "privileged"],
        container: c,
        message: `${roleWord(c)} "${c.name}" runs privileged: it has every capability and the node's devices, and a compromise of it is a compromise of the node${appPrivileged || !w.app ? "" : ` (the app container "${w.app.name}" is not privileged)`}`
      });
    }
  }
});

// rules/probe-port-mismatch/index.ts
var PROBES = ["startupProbe", "readinessProbe", "livenessProbe"];
var HANDLERS = ["httpGet", "tcpSocket", "grpc"];
var ISTIO_PROBE_PORTS = /* @__PURE__ */ new Set([15020, 15021]);
var ALWAYS_FAILS = {
  startupProbe: "the container is killed and restarted over and over",
  livenessProbe: "the container is killed and restarted over and over",
  readinessProbe: "the pod never becomes Ready"
};
function checksOther(kind, c) {
  switch (kind) {
    case "readinessProbe":
      return `a dead "${c.name}" stays Ready and keeps receiving traffic`;
    case "livenessProbe":
      return `a hung "${c.name}" is never restarted`;
    case "startupProbe":
      return `"${c.name}" counts as started before it listens`;
  }
}
function declaredNames(c) {
  const names = /* @__PURE__ */ new Set();
  for (const p of asArray(c.spec.ports)) if (isObject(p) && typeof p.name === "string") names.add(p.name);
  return names;
}
function isPortName(s) {
  return s.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(s) && /[a-z]/.test(s) && !s.includes("--");
}
function portList(c) {
  return [...new Set(c.ports.map((p) => p.containerPort))].join(", ");
}
var probe_port_mismatch_default = defineRule({
  meta: {
    id: "probe-port-mismatch",
    severity: "warning",
    category: "probes",
    description: "A probe aims at a port its container does not serve: a port name it does not declare, or a port another container of the pod serves.",
    rationale: "The kubelet resolves a named probe port in the probed container's own ports only: a name it does not declare makes the probe fail every time. A numeric port is dialled on the pod's shared network, so a probe aimed at a port the sidecar serves checks the sidecar: the app can hang or die while its readiness and liveness probes keep passing. Probes copied between containers, or left behind when a proxy took over the app's old port, are the usual cause.",
    fix: "Aim each probe at a port its own container listens on, by a name that container declares or by number. When a proxy sits in front of the app, probe the app's own port, not the proxy's.",
    optionsSchema: {
      type: "object",
      properties: { undeclaredPorts: { type: "boolean" } },
      additionalProperties: false
    },
    defaultOptions: { undeclaredPorts: false }
  },
  workload(w, ctx) {
    const undeclaredPorts = ctx.options.undeclaredPorts === true;
    const istioRewrites = w.annotations["sidecar.istio.io/status"] !== void 0 || w.declared.some((c) => c.name === "istio-proxy");
    for (const c of w.declared) {
      if (c.role === "init" || c.role === "ephemeral") continue;
      const others = w.running.filter((o) => o !== c);
      for (const kind of PROBES) {
        const probe = c.spec[kind];
        if (!isObject(probe)) continue;
        for (const handler of HANDLERS) {
          const h = probe[handler];
          if (!isObject(h)) continue;
          if (typeof h.host === "string" && !["", "localhost", "127.0.0.1", "::1"].includes(h.host)) continue;
          const path = [...c.path, kind, handler, "port"];
          const report = (message, severity) => {
            const d = { object: w.object, path, container: c, message, severity };
            ctx.report(d);
          };
          const port = h.port;
          const number = typeof port === "number" ? port : typeof port === "string" && /^\d+$/.test(port) ? Number(port) : void 0;
          if (number === void 0) {
            if (typeof port !== "string" || !isPortName(port)) continue;
            if (declaredNames(c).has(port)) continue;
            const holder = others.find((o) => o.list && declaredNames(o).has(port));
            const where = holder ? ` (only ${roleWord(holder)} "${holder.name}" does, and named ports resolve in the probed container alone)` : "";
            report(
              `${kind} of ${roleWord(c)} "${c.name}" aims at port "${port}", which "${c.name}" does not declare${where}: the kubelet cannot resolve it, so the probe always fails and ${ALWAYS_FAILS[kind]}`,
              "error"
            );
            continue;
          }
          if (istioRewrites && ISTIO_PROBE_PORTS.has(number)) continue;
          if (c.ports.some((p) => p.containerPort === number)) continue;
          const owner = others.find((o) => o.ports.some((p) => p.containerPort === number));
          if (owner) {
            report(
              `${kind} of ${roleWord(c)} "${c.name}" aims at port ${number}, which ${roleWord(owner)} "${owner.name}" serves: it checks "${owner.name}", not "${c.name}", so ${checksOther(kind, c)}`
            );
          } else if (undeclaredPorts && c.ports.length > 0) {
            report(
              `${kind} of ${roleWord(c)} "${c.name}" aims at port ${number}, which "${c.name}" does not declare (it declares ${portList(c)}): if nothing listens there the probe always fails and ${ALWAYS_FAILS[kind]}`
            );
          }
        }
      }
    }
  }
});

// rules/schema/enums.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
var PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
var POD_RESTART = ["Always", "Never", "OnFailure"];
var SERVICE_TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
var TEMPLATE_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "PodTemplate"]);
function podSpecPath(obj) {
  if (obj.kind === "Pod") return ["spec"];
  if (obj.kind === "CronJob") return ["spec", "jobTemplate", "spec", "template", "spec"];
  if (obj.kind === "PodTemplate") return ["template", "spec"];
  if (TEMPLATE_KINDS.has(obj.kind)) return ["spec", "template", "spec"];
  return void 0;
}
function at(v, path) {
  let cur = v;
  for (const seg of path) cur = isObject(cur) || Array.isArray(cur) ? cur[seg] : void 0;
  return cur;
}
var PLACEHOLDER = /\$\{|\$\(|\{\{|^\$[A-Za-z_]\w*$/;
function check(out, value, path, allowed, shown) {
  if (typeof value !== "string" || allowed.includes(value) || PLACEHOLDER.test(value)) return;
  const same = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  out.push({
    path,
    message: `Unsupported value "${value}" for ${shown}: supported values: ${allowed.map((a) => `"${a}"`).join(", ")}${same ? ` (did you mean "${same}"? values are case-sensitive)` : ""}`
  });
}
function enumProblems(obj) {
  const out = [];
  const value = obj.value;
  const podPath = podSpecPath(obj);
  const pod = podPath ? at(value, podPath) : void 0;
  if (podPath && isObject(pod)) {
    check(out, pod.restartPolicy, [...podPath, "restartPolicy"], POD_RESTART, "restartPolicy");
    for (const list2 of ["initContainers", "containers", "ephemeralContainers"]) {
      asArray(pod[list2]).forEach((c, i) => {
        if (!isObject(c)) return;
        check(out, c.imagePullPolicy, [...podPath, list2, i, "imagePullPolicy"], PULL_POLICIES, `${list2}[${i}].imagePullPolicy`);
        asArray(c.ports).forEach((p, j) => {
          if (isObject(p)) check(out, p.protocol, [...podPath, list2, i, "ports", j, "protocol"], PROTOCOLS, `${list2}[${i}].ports[${j}].protocol`);
        });
      });
    }
  }
  if (obj.kind === "Service" && obj.apiVersion === "v1" && isObject(value.spec)) {
    check(out, value.spec.type, ["spec", "type"], SERVICE_TYPES, "spec.type");
    const ports = asArray(value.spec.ports);
    ports.forEach((p, j) => {
      if (!isObject(p)) return;
      check(out, p.protocol, ["spec", "ports", j, "protocol"], PROTOCOLS, `spec.ports[${j}].protocol`);
      if (ports.length > 1 && (typeof p.name !== "string" || p.name === "")) {
        out.push({ path: ["spec", "ports", j], message: `Required value: spec.ports[${j}].name: a Service with more than one port must name each of them` });
      }
    });
  }
  return out;
}

// rules/schema/crd.ts
var TYPES = /* @__PURE__ */ new Set(["object", "array", "string", "integer", "number", "boolean"]);
function crdToJsonSchema(s, top = false) {
  if (!isObject(s)) return {};
  const out = {};
  const preserve = s["x-kubernetes-preserve-unknown-fields"] === true;
  if (s["x-kubernetes-int-or-string"] === true) out.type = ["integer", "string", "null"];
  else if (typeof s.type === "string" && TYPES.has(s.type)) out.type = [s.type, "null"];
  if (Array.isArray(s.enum) && s.enum.every((e) => e === null || typeof e !== "object")) out.enum = [...s.enum, null];
  if (Array.isArray(s.required) && s.required.every((r) => typeof r === "string")) out.required = s.required;
  if (isObject(s.items)) out.items = crdToJsonSchema(s.items);
  const props = {};
  if (isObject(s.properties)) for (const [k, v] of Object.entries(s.properties)) props[k] = crdToJsonSchema(v);
  if (top || s["x-kubernetes-embedded-resource"] === true) for (const k of ["apiVersion", "kind", "metadata"]) props[k] ??= {};
  if (Object.keys(props).length) out.properties = props;
  if (isObject(s.additionalProperties)) out.additionalProperties = crdToJsonSchema(s.additionalProperties);
  else if (s.additionalProperties === true || preserve) {
  } else if (out.properties && (out.type === void 0 || out.type.includes("object"))) out.additionalProperties = false;
  return out;
}
function shapeValidator(schema) {
  const validate = (data) => {
    const errors = [];
    check2(schema, data, "", errors);
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return validate;
}
function fitsType(types, v) {
  for (const t of types) {
    switch (t) {
      case "null":
        if (v === null) return true;
        break;
      case "string":
      case "boolean":
        if (typeof v === t) return true;
        break;
      // ajv's tests, kept so that the two agree: any number (NaN and infinities too), and an
      // integer is a number with no fraction (an infinity passes).
      case "number":
        if (typeof v === "number") return true;
        break;
      case "integer":
        if (typeof v === "number" && !(v % 1) && !Number.isNaN(v)) return true;
        break;
      case "array":
        if (Array.isArray(v)) return true;
        break;
      case "object":
        if (v !== null && typeof v === "object" && !Array.isArray(v)) return true;
        break;
    }
  }
  return false;
}
var pointer = (key2) => "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1");
function sameValue(a, b) {
  return a === b || typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}
function check2(s, v, at2, errors) {
  if (s.type && !fitsType(s.type, v)) errors.push({ instancePath: at2, keyword: "type", params: { type: s.type } });
  if (s.enum && !s.enum.some((e) => sameValue(e, v))) errors.push({ instancePath: at2, keyword: "enum", params: { allowedValues: s.enum } });
  if (Array.isArray(v)) {
    if (s.items) for (let i = 0; i < v.length; i++) check2(s.items, v[i], `${at2}/${i}`, errors);
    return;
  }
  if (v === null || typeof v !== "object") return;
  const obj = v;
  if (s.required) {
    for (const r of s.required) if (!Object.prototype.hasOwnProperty.call(obj, r)) errors.push({ instancePath: at2, keyword: "required", params: { missingProperty: r } });
  }
  const props = s.properties;
  const extra = s.additionalProperties;
  if (extra !== void 0) {
    for (const k of Object.keys(obj)) {
      if (props && Object.prototype.hasOwnProperty.call(props, k)) continue;
      if (extra === false) errors.push({ instancePath: at2, keyword: "additionalProperties", params: { additionalProperty: k } });
      else check2(extra, obj[k], at2 + pointer(k), errors);
    }
  }
  if (props) {
    for (const k of Object.keys(props)) {
      if (Object.prototype.hasOwnProperty.call(obj, k)) check2(props[k], obj[k], at2 + pointer(k), errors);
    }
  }
}

// rules/schema/index.ts
var generated = (file) => new URL(`./schemas/${file}`, import.meta.url).href;
var loaded = /* @__PURE__ */ new Map();
var ready = /* @__PURE__ */ new Map();
var key = (v) => `${v.major}.${v.minor}`;
var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function why(err) {
  const e = err;
  return e.code === "ERR_MODULE_NOT_FOUND" ? "not found" : String(e.message ?? err).split("\n")[0];
}
async function load(v) {
  let index;
  try {
    index = await import(generated("index.js"));
  } catch (err) {
    throw new Error(`the schema validators are missing (generated/schemas/index.js: ${why(err)}): run \`npm run build\``);
  }
  if (v.major !== 1 || !index.minors.includes(v.minor)) return void 0;
  try {
    const module = await import(generated(`v1.${v.minor}.js`));
    return { index, module, minor: v.minor };
  } catch (err) {
    throw new Error(`the schema validators for Kubernetes 1.${v.minor} are missing (generated/schemas/v1.${v.minor}.js: ${why(err)}): run \`npm run build\``);
  }
}
var CONTAINER_LISTS = { containers: "container", initContainers: "init container", ephemeralContainers: "ephemeral container" };
var NOT_API_OBJECTS = /* @__PURE__ */ new Set(["Config"]);
var TYPE_WORDS = { string: "a string", integer: "an integer", number: "a number", boolean: "a boolean", object: "a map", array: "a list" };
var schema_default = defineRule({
  meta: {
    id: "schema",
    severity: "error",
    category: "schema",
    description: "An object does not match the Kubernetes API schema of the target version: an unknown or misspelt field, a wrong type, a missing required field, or an apiVersion that version does not serve.",
    rationale: "The API server rejects such an object (kubectl applies with strict field validation), or, with validation off, silently drops the unknown field: a misspelt `imagePullPolicy` or `restartPolicy` on an init container then does nothing, and the sidecar does not behave as written. An apiVersion the cluster no longer serves fails the whole apply.",
    fix: "Fix the field name (the message suggests the closest one), quote values that must be strings, add the missing field, or move to the apiVersion the message names. Check the target version (--kube-version): a field added in a later Kubernetes is unknown to an older one."
  },
  async prepare(kubeVersion) {
    const k = key(kubeVersion);
    let p = loaded.get(k);
    if (!p) {
      p = load(kubeVersion);
      loaded.set(k, p);
      p.catch(() => loaded.delete(k));
    }
    ready.set(k, await p);
  },
  object(obj, ctx) {
    const l = ready.get(key(ctx.kubeVersion));
    if (!l) return;
    const bit = 1 << l.minor - l.index.minors[0];
    const { apiVersion, kind } = obj;
    const kinds = hasOwn(l.index.served, apiVersion) ? l.index.served[apiVersion] : void 0;
    if (!kinds || !hasOwn(kinds, kind) || !(kinds[kind] & bit)) {
      notServed(obj, l, ctx);
      return;
    }
    const id = `${apiVersion}/${kind}`;
    if (!hasOwn(l.module.kinds, id)) return;
    const [validate, def] = l.module.kinds[id];
    for (const e of enumProblems(obj)) ctx.report({ object: obj, path: obj.at(...e.path), message: e.message });
    if (validate(obj.value)) return;
    for (const p of problems(obj, builtinLookup(l, def), validate.errors ?? [])) {
      ctx.report({ object: obj, path: obj.at(...p.path), key: p.key, message: p.message });
    }
  },
  // Custom resources whose CustomResourceDefinition is part of the same run: the run keeps the
  // custom resources, and of each CRD only its schemas, reduced to the shape that is checked.
  keep: (obj) => isCustomResource(obj),
  summarize: (obj) => crdSummary(obj),
  run(run, ctx) {
    if (!ready.get(key(ctx.kubeVersion))) return;
    const crds = customResourceSchemas(run.summaries("schema"));
    if (crds.size === 0) return;
    const compiled = /* @__PURE__ */ new Map();
    for (const obj of run.objects) {
      const id = `${obj.apiVersion}/${obj.kind}`;
      const crd = crds.get(id);
      if (!crd) continue;
      if (!compiled.has(id)) compiled.set(id, { validate: shapeValidator(crd.schema), struct: structOfSchema(crd.schema), crd: crd.name });
      const c = compiled.get(id);
      if (c.validate(obj.value)) continue;
      const lookup = {
        fieldsAt: (path) => structureAt({}, c.struct, path),
        addedIn: () => void 0,
        version: `CustomResourceDefinition ${c.crd}`
      };
      for (const p of problems(obj, lookup, c.validate.errors ?? [])) {
        ctx.report({ object: obj, path: obj.at(...p.path), key: p.key, message: `${p.message} (schema of CustomResourceDefinition ${c.crd})` });
      }
    }
  }
});
function isCustomResource(obj) {
  const slash = obj.apiVersion?.indexOf("/") ?? -1;
  if (slash === -1) return false;
  const group = obj.apiVersion.slice(0, slash);
  return group.includes(".") && !group.endsWith(".k8s.io");
}
function crdSummary(o) {
  if (o.apiVersion !== "apiextensions.k8s.io/v1" || o.kind !== "CustomResourceDefinition") return void 0;
  const spec = o.value.spec;
  if (!isObject(spec) || typeof spec.group !== "string" || !isObject(spec.names) || typeof spec.names.kind !== "string") return void 0;
  const versions = [];
  for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
    if (!isObject(v) || typeof v.name !== "string" || v.served === false) continue;
    const schema = isObject(v.schema) ? v.schema.openAPIV3Schema : void 0;
    if (!isObject(schema)) continue;
    versions.push({ id: `${spec.group}/${v.name}/${spec.names.kind}`, schema: crdToJsonSchema(schema, true) });
  }
  return { name: o.name ?? `${spec.group}/${spec.names.kind}`, versions };
}
function customResourceSchemas(crds) {
  const out = /* @__PURE__ */ new Map();
  for (const crd of crds) {
    for (const { id, schema } of crd.versions) {
      if (out.has(id)) {
        const had = out.get(id);
        if (!had) continue;
        had.json ??= JSON.stringify(had.schema);
        out.set(id, had.json === JSON.stringify(schema) ? { schema, name: crd.name, json: had.json } : void 0);
      } else out.set(id, { schema, name: crd.name });
    }
  }
  return new Map([...out].flatMap(([id, v]) => v ? [[id, { schema: v.schema, name: v.name }]] : []));
}
function structOfSchema(s) {
  const out = {};
  if (isObject(s.properties)) out.p = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, structOfSchema(v)]));
  if (isObject(s.items)) out.i = structOfSchema(s.items);
  if (isObject(s.additionalProperties)) out.a = structOfSchema(s.additionalProperties);
  return Object.keys(out).length ? out : 0;
}
function builtinGroup(apiVersion, index) {
  const slash = apiVersion.indexOf("/");
  if (slash === -1) return /^v\d+((alpha|beta)\d+)?$/.test(apiVersion);
  const group = apiVersion.slice(0, slash);
  if (!group.includes(".")) return true;
  return Object.keys(index.served).some((av) => av.startsWith(`${group}/`));
}
function versionRank(apiVersion) {
  const m = /(?:^|\/)v(\d+)(?:(alpha|beta)(\d+))?$/.exec(apiVersion);
  if (!m) return 0;
  const level = m[2] === void 0 ? 3 : m[2] === "beta" ? 2 : 1;
  return level * 1e6 + Number(m[1]) * 1e3 + Number(m[3] ?? 0);
}
function notServed(obj, l, ctx) {
  const { apiVersion, kind } = obj;
  if (!builtinGroup(apiVersion, l.index)) return;
  if (apiVersion === "v1" && NOT_API_OBJECTS.has(kind)) return;
  const minors = l.index.minors;
  const bit = (m) => 1 << m - minors[0];
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  const sameGroup = (av) => (av.includes("/") ? av.slice(0, av.indexOf("/")) : "") === group;
  const alternatives = Object.entries(l.index.served).filter(([, kinds]) => hasOwn(kinds, kind) && kinds[kind] & bit(l.minor)).map(([av]) => av).sort((a, b) => Number(sameGroup(b)) - Number(sameGroup(a)) || versionRank(b) - versionRank(a));
  const version = `Kubernetes 1.${l.minor}`;
  const kindKnown = alternatives.length > 0 || Object.values(l.index.served).some((kinds) => hasOwn(kinds, kind));
  const servedHere = hasOwn(l.index.served, apiVersion) ? l.index.served[apiVersion] : void 0;
  if (!kindKnown && servedHere) {
    const guess = closestName(kind, Object.keys(servedHere).filter((k) => servedHere[k] & bit(l.minor)));
    ctx.report({
      object: obj,
      path: obj.at("kind"),
      message: `kind "${kind}" is not served by ${apiVersion} in ${version}${guess ? ` (did you mean "${guess}"?)` : ""}`
    });
    return;
  }
  const mask = hasOwn(l.index.served, apiVersion) && hasOwn(l.index.served[apiVersion], kind) ? l.index.served[apiVersion][kind] : 0;
  const earlier = minors.filter((m) => m < l.minor && mask & bit(m));
  const later = minors.filter((m) => m > l.minor && mask & bit(m));
  const when = earlier.length ? ` (removed in 1.${earlier[earlier.length - 1] + 1})` : later.length ? ` (served from 1.${later[0]})` : "";
  const use = alternatives.length ? `: use ${alternatives[0]}` : kindKnown ? `, and no apiVersion serves ${kind} there` : "";
  ctx.report({
    object: obj,
    path: obj.at("apiVersion"),
    message: `${kind} ${apiVersion} is not served by ${version}${when}${use}`
  });
}
function closestName(name, candidates) {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  return name.length >= 4 ? closest(name, candidates) : void 0;
}
function segmentsOf(pointer2, data) {
  if (pointer2 === "") return [];
  const out = [];
  let cur = data;
  for (const raw of pointer2.slice(1).split("/")) {
    const s = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(cur)) {
      const i = Number(s);
      if (!Number.isInteger(i)) return void 0;
      out.push(i);
      cur = cur[i];
    } else if (isObject(cur)) {
      out.push(s);
      cur = cur[s];
    } else return void 0;
  }
  return out;
}
function valueAt(data, path) {
  let cur = data;
  for (const s of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[s];
  }
  return cur;
}
function dotted(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : /^[A-Za-z0-9_-]+$/.test(s) ? `${i ? "." : ""}${s}` : `[${JSON.stringify(s)}]`).join("");
}
function describe(obj, path) {
  for (let i = path.length - 2; i >= 0; i--) {
    const list2 = path[i];
    if (typeof list2 !== "string" || !hasOwn(CONTAINER_LISTS, list2) || typeof path[i + 1] !== "number") continue;
    const item = valueAt(obj.value, path.slice(0, i + 2));
    const name = isObject(item) && typeof item.name === "string" ? item.name : void 0;
    if (name === void 0) break;
    const container = `${CONTAINER_LISTS[list2]} "${name}"`;
    const rest = dotted(path.slice(i + 2));
    return rest ? `${rest} of ${container}` : container;
  }
  return path.length ? dotted(path) : obj.kind;
}
function describeValue(v) {
  if (v === null) return "empty (null)";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  if (typeof v === "number" || typeof v === "boolean") return `the ${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return "a list";
  return "a map";
}
function typeWords(types) {
  const list2 = (Array.isArray(types) ? types : [types]).filter((t) => typeof t === "string" && t !== "null");
  return [...new Set(list2.map((t) => TYPE_WORDS[t] ?? t))];
}
var FORMAT_WORDS = {
  int32: "a 32-bit integer",
  int64: "a 64-bit integer",
  byte: "base64 text (use stringData for plain values)",
  "date-time": "an RFC 3339 time such as 2024-01-31T12:00:00Z"
};
function builtinLookup(l, def) {
  return {
    fieldsAt: (path) => structureAt(l.structure ??= JSON.parse(l.module.structure), def, path),
    addedIn: (d, field) => addedLater(l, d, field),
    version: `Kubernetes 1.${l.minor}`
  };
}
function structureAt(defs, root, path) {
  let node = root;
  let name = typeof root === "string" ? root : void 0;
  const resolve = () => {
    for (let hops = 0; typeof node === "string" && hops < 50; hops++) {
      name = node;
      node = hasOwn(defs, node) ? defs[node] : 0;
    }
  };
  for (const s of path) {
    resolve();
    if (!node || typeof node !== "object") return void 0;
    const n = node;
    name = void 0;
    if (typeof s === "number") node = n.i ?? 0;
    else node = n.p && hasOwn(n.p, s) ? n.p[s] : n.a ?? 0;
  }
  resolve();
  if (!node || typeof node !== "object" || !node.p) return void 0;
  return { fields: Object.keys(node.p), def: name };
}
function addedLater(l, def, field) {
  if (!def) return void 0;
  l.later ??= JSON.parse(l.module.later);
  const fields = hasOwn(l.later, def) ? l.later[def] : void 0;
  return fields && hasOwn(fields, field) ? fields[field] : void 0;
}
var PLACEHOLDER2 = /\$\{[^}]*\}|\{\{.*\}\}/;
function podSpecPath2(kind) {
  switch (kind) {
    case "Pod":
      return ["spec"];
    case "PodTemplate":
      return ["template", "spec"];
    case "CronJob":
      return ["spec", "jobTemplate", "spec", "template", "spec"];
    case "Deployment":
    case "StatefulSet":
    case "DaemonSet":
    case "ReplicaSet":
    case "ReplicationController":
    case "Job":
      return ["spec", "template", "spec"];
    default:
      return void 0;
  }
}
function partialWorkload(obj) {
  const at2 = podSpecPath2(obj.kind);
  if (!at2) return false;
  const spec = valueAt(obj.value, at2);
  const containers = isObject(spec) ? spec.containers : void 0;
  return !Array.isArray(containers) || !containers.some((c) => isObject(c) && typeof c.image === "string" && c.image !== "");
}
function selectorFromKustomize(obj, path) {
  if (path.length !== 1 || path[0] !== "spec") return false;
  const labels = valueAt(obj.value, ["spec", "template", "metadata", "labels"]);
  return !isObject(labels) || Object.keys(labels).length === 0;
}
function problems(obj, lookup, errors) {
  const out = /* @__PURE__ */ new Map();
  const put = (p, rank) => {
    const id = `${p.key ? "k" : "v"}${JSON.stringify(p.path)}`;
    const had = out.get(id);
    if (!had || rank < had.rank) out.set(id, { ...p, rank });
  };
  const missing = /* @__PURE__ */ new Map();
  const suggested = /* @__PURE__ */ new Map();
  const patch = obj.isPatch;
  const partial = patch || partialWorkload(obj);
  for (const err of errors) {
    const path = segmentsOf(err.instancePath, obj.value);
    if (!path || path[0] === "status") continue;
    const where = describe(obj, path);
    const value = valueAt(obj.value, path);
    switch (err.keyword) {
      case "additionalProperties": {
        const field = String(err.params.additionalProperty);
        if (patch && field.startsWith("$")) break;
        const known = lookup.fieldsAt(path);
        const since = lookup.addedIn(known?.def, field);
        let message = `unknown field "${field}" in ${where}`;
        if (since !== void 0) {
          message += `: ${lookup.version} does not have it (added in 1.${since})`;
        } else {
          const guess = known ? closestName(field, known.fields.filter((f) => !(isObject(value) && hasOwn(value, f)))) : void 0;
          if (guess) {
            message += ` (did you mean "${guess}"?)`;
            const at2 = JSON.stringify(path);
            if (!suggested.has(at2)) suggested.set(at2, /* @__PURE__ */ new Set());
            suggested.get(at2).add(guess);
          }
        }
        put({ path: [...path, field], key: true, message }, 0);
        break;
      }
      case "required": {
        if (partial) break;
        const field = String(err.params.missingProperty);
        if (field === "selector" && selectorFromKustomize(obj, path)) break;
        const at2 = JSON.stringify(path);
        if (!missing.has(at2)) missing.set(at2, { path, fields: [] });
        missing.get(at2).fields.push(field);
        break;
      }
      case "type": {
        if (typeof value === "string" && PLACEHOLDER2.test(value)) break;
        const expected = typeWords(err.params.type);
        const quote = expected.length === 1 && expected[0] === "a string" && (typeof value === "number" || typeof value === "boolean") ? ": quote it" : "";
        put({ path, message: `${where} must be ${expected.join(" or ")}, not ${describeValue(value)}${quote}` }, 1);
        break;
      }
      case "format": {
        const format = String(err.params.format);
        put({ path, message: `${where} must be ${FORMAT_WORDS[format] ?? `of format ${format}`}, not ${describeValue(value)}` }, 2);
        break;
      }
      case "enum": {
        const allowed = Array.isArray(err.params.allowedValues) ? err.params.allowedValues.map(String) : [];
        put({ path, message: `${where} must be one of ${allowed.join(", ")}, not ${describeValue(value)}` }, 3);
        break;
      }
      default:
        put({ path, message: `${where} does not match the Kubernetes schema (${err.keyword})` }, 9);
    }
  }
  for (const [at2, m] of missing) {
    const fields = m.fields.filter((f) => !suggested.get(at2)?.has(f));
    if (!fields.length) continue;
    const names = fields.map((f) => `"${f}"`);
    const list2 = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
    put({ path: [...m.path, fields[0]], message: `${describe(obj, m.path)} is missing the required field${fields.length > 1 ? "s" : ""} ${list2}` }, 4);
  }
  return [...out.values()].map(({ rank: _rank, ...p }) => p);
}

// rules/selector-label-mismatch/index.ts
var LABEL_SELECTOR_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"]);
var CONTROLLER_LABELS = /* @__PURE__ */ new Set([
  "pod-template-hash",
  "controller-revision-hash",
  "statefulset.kubernetes.io/pod-name",
  "apps.kubernetes.io/pod-index",
  "job-name",
  "controller-uid",
  "batch.kubernetes.io/job-name",
  "batch.kubernetes.io/controller-uid",
  "batch.kubernetes.io/job-completion-index",
  "batch.kubernetes.io/job-index"
]);
var show2 = (v) => JSON.stringify(typeof v === "string" ? v : String(v));
var selector_label_mismatch_default = defineRule({
  meta: {
    id: "selector-label-mismatch",
    severity: "error",
    category: "services",
    description: "A workload's selector does not match its own pod template's labels, or a Service selects no pod while a workload beside it matches all but one of its labels (a typo).",
    rationale: 'The API server rejects a Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or ReplicationController whose selector does not match its template ("selector does not match template labels"), so the whole apply fails. A Service selector is never checked: with one mistyped label it selects nothing, gets no endpoints, and every connection to it is refused while the pods look healthy.',
    fix: "Make the selector and the pod template labels agree (a selector can be a subset of the labels, never different), and copy the Service selector from the pod template labels."
  },
  object(obj, ctx) {
    if (obj.isPatch === true) return;
    const spec = isObject(obj.value.spec) ? obj.value.spec : void 0;
    if (!spec) return;
    const template = isObject(spec.template) ? spec.template : {};
    const meta = isObject(template.metadata) ? template.metadata : {};
    const labels = isObject(meta.labels) ? meta.labels : {};
    const what = `${obj.label}'s pod template`;
    const rejected = `the API server rejects the ${obj.kind} ("selector does not match template labels")`;
    const selector = spec.selector;
    if (obj.kind === "ReplicationController") {
      if (!isObject(selector)) return;
      for (const [k, v] of Object.entries(selector)) {
        const m = labelMismatch(k, v, labels, what);
        if (m) ctx.report({ object: obj, path: obj.at("spec", "selector", k), message: `selector ${k}: ${show2(v)} ${m}: ${rejected}` });
      }
      return;
    }
    if (!LABEL_SELECTOR_KINDS.has(obj.kind) || !isObject(selector)) return;
    if (isObject(selector.matchLabels)) {
      for (const [k, v] of Object.entries(selector.matchLabels)) {
        const m = labelMismatch(k, v, labels, what);
        if (m) ctx.report({ object: obj, path: obj.at("spec", "selector", "matchLabels", k), message: `selector ${k}: ${show2(v)} ${m}: ${rejected}` });
      }
    }
    asArray(selector.matchExpressions).forEach((e, i) => {
      if (!isObject(e)) return;
      const key2 = asString(e.key);
      const op = asString(e.operator);
      if (key2 === void 0 || op === void 0) return;
      const values = asArray(e.values).map((x) => String(x));
      const has = labels[key2] !== void 0;
      const value = has ? String(labels[key2]) : void 0;
      let problem;
      if (op === "In" && (!has || !values.includes(value))) problem = has ? `${what} has ${key2}: ${show2(value)}, not one of ${values.map(show2).join(", ")}` : `${what} has no label ${key2}`;
      else if (op === "NotIn" && has && values.includes(value)) problem = `${what} has ${key2}: ${show2(value)}, which the selector excludes`;
      else if (op === "Exists" && !has) problem = `${what} has no label ${key2}`;
      else if (op === "DoesNotExist" && has) problem = `${what} has the label ${key2}, which the selector requires to be absent`;
      if (problem) {
        ctx.report({ object: obj, path: obj.at("spec", "selector", "matchExpressions", i, "key"), message: `selector expression ${key2} ${op}: ${problem}: ${rejected}` });
      }
    });
  },
  /** The run looks at Services and the workloads they may select. */
  keep: (obj) => obj.kind === "Service" || isWorkloadObject(obj),
  run(run, ctx) {
    for (const svc of run.services) {
      const spec = isObject(svc.value.spec) ? svc.value.spec : {};
      const selector = isObject(spec.selector) ? spec.selector : void 0;
      if (!selector || Object.keys(selector).length === 0) continue;
      if (run.selectsAny(svc)) continue;
      const candidates = run.workloadsIn(svc.file).filter((w) => w.kind !== "PodTemplate" && sameNamespace(w.object, svc));
      for (const w of candidates) {
        const typo = nearMiss(selector, w);
        if (!typo) continue;
        const where = svc.at("spec", "selector", typo.key);
        ctx.report({
          object: svc,
          path: where,
          key: typo.kind === "key",
          message: typo.kind === "value" ? `Service selector ${typo.key}: ${show2(selector[typo.key])} selects no pod, while ${w.object.label}'s pods match every other label and have ${typo.key}: ${show2(w.labels[typo.key])}: the Service gets no endpoints and connections are refused` : `Service selector key ${typo.key} selects no pod, while ${w.object.label}'s pods match every other label and have ${typo.podKey}: ${show2(w.labels[typo.podKey])}: the Service gets no endpoints and connections are refused`
        });
        break;
      }
    }
  }
});
function labelMismatch(k, v, labels, what) {
  if (labels[k] === void 0) return `is not among ${what} labels`;
  if (String(labels[k]) !== String(v)) return `does not match ${what} label ${k}: ${show2(labels[k])}`;
  return void 0;
}
function sameNamespace(a, b) {
  return a.namespace === void 0 || b.namespace === void 0 || a.namespace === b.namespace;
}
function nearMiss(selector, w) {
  const labels = w.labels;
  const missed = Object.entries(selector).filter(([k, v]) => !CONTROLLER_LABELS.has(k) && (labels[k] === void 0 || String(labels[k]) !== String(v)));
  if (missed.length !== 1) return void 0;
  const [key2, value] = missed[0];
  if (labels[key2] !== void 0) {
    return looksLikeTypo(String(value), String(labels[key2])) ? { kind: "value", key: key2 } : void 0;
  }
  const podKey = Object.keys(labels).find((k) => selector[k] === void 0 && String(labels[k]) === String(value) && looksLikeTypo(key2, k));
  return podKey ? { kind: "key", key: key2, podKey } : void 0;
}
function looksLikeTypo(a, b) {
  if (a === b) return false;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (a.replace(/[0-9]/g, "") === b.replace(/[0-9]/g, "")) return false;
  const d = distance(a, b);
  const shorter = Math.min(a.length, b.length);
  return d <= (shorter >= 8 ? 2 : 1) && shorter >= 3;
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

// rules/service-targetport-mismatch/index.ts
var INJECTED_PORT_NAMES = {
  istio: { 15090: "http-envoy-prom" },
  linkerd: { 4143: "linkerd-proxy", 4191: "linkerd-admin" },
  dapr: { 3500: "dapr-http", 50001: "dapr-grpc", 50002: "dapr-internal", 9090: "dapr-metrics" }
};
function portsOf2(containers) {
  return containers.flatMap(
    (c) => c.ports.map((p) => ({ c, p, name: c.list ? p.name : c.mesh ? INJECTED_PORT_NAMES[c.mesh][p.containerPort] : void 0 }))
  );
}
function describePorts(ports) {
  if (ports.length === 0) return "its containers declare no ports";
  const byContainer = /* @__PURE__ */ new Map();
  for (const { c, p, name } of ports) {
    const list2 = byContainer.get(c) ?? [];
    list2.push(`${p.containerPort}${p.protocol === "TCP" ? "" : "/" + p.protocol}${name ? ` "${name}"` : ""}`);
    byContainer.set(c, list2);
  }
  return `its ports: ${[...byContainer].map(([c, list2]) => `${roleWord(c)} "${c.name}" ${list2.join(", ")}`).join("; ")}`;
}
var service_targetport_mismatch_default = defineRule({
  meta: {
    id: "service-targetport-mismatch",
    severity: "error",
    category: "services",
    description: "A Service's targetPort matches no port of any running container of the workload it selects.",
    rationale: "A named targetPort is looked up in each selected pod: a pod whose running containers declare no port of that name gets no endpoint for it, so the Service has no backends and connections are refused, while the pods look healthy. A numbered targetPort the pod does not declare usually means the Service was not updated when a port moved, often when a sidecar (TLS proxy, auth proxy) took over the port in front of the app. Plain init containers have exited: their ports serve nothing.",
    fix: "Point targetPort at a port a running container declares (by name, the proxy's port when a sidecar fronts the app), or declare the port, with that name, on the container that listens on it."
  },
  /** The run looks at Services, the workloads they may select, and ConfigMaps (a port named in a pod's config). */
  keep: (obj) => obj.kind === "Service" || obj.kind === "ConfigMap" || isWorkloadObject(obj),
  run(run, ctx) {
    for (const svc of run.services) {
      const spec = isObject(svc.value.spec) ? svc.value.spec : {};
      if (spec.type === "ExternalName") continue;
      const workloads = nearest(run, svc);
      if (workloads.length === 0) continue;
      for (const sp of servicePorts(svc)) {
        if (typeof sp.port !== "number" && typeof sp.port !== "string") continue;
        const hasTarget = isObject(asArrayItem(spec.ports, sp.index)) && asArrayItem(spec.ports, sp.index).targetPort !== void 0;
        const path = svc.at("spec", "ports", sp.index, hasTarget ? "targetPort" : "port");
        const label = `Service port ${sp.name ? `"${sp.name}" (${String(sp.port)})` : String(sp.port)}`;
        for (const w of workloads) {
          const target = sp.targetPort === 0 || sp.targetPort === "" ? sp.port : sp.targetPort;
          const message = check3(run, w, target, sp.protocol, label);
          if (message) ctx.report({ object: svc, path, message });
        }
      }
    }
  }
});
function nearest(run, svc) {
  const selected = (ws) => ws.filter((w) => w.kind !== "PodTemplate" && run.selects(svc, w));
  const sameFile = selected(run.workloadsIn(svc.file));
  if (sameFile.length) return sameFile;
  const sameFolder = selected(run.workloadsInFolder(folderOf(svc.file)));
  return new Set(sameFolder.map((w) => w.object.file)).size === 1 ? sameFolder : [];
}
function asArrayItem(v, i) {
  return Array.isArray(v) ? v[i] : void 0;
}
function check3(run, w, target, protocol, label) {
  const running = portsOf2(w.running);
  const declared = running.filter(({ c }) => c.list !== void 0 && !c.mesh);
  const where = `of ${w.object.label}`;
  if (typeof target === "string" && !/^\d+$/.test(target)) {
    if (!IANA_SVC_NAME.test(target) || target.includes("--")) return void 0;
    if (running.some(({ name, p }) => name === target && p.protocol === protocol)) return void 0;
    const otherProtocol = running.find(({ name }) => name === target);
    if (otherProtocol) {
      return `${label} targets port name "${target}" over ${protocol}, but ${roleWord(otherProtocol.c)} "${otherProtocol.c.name}" ${where} declares it for ${otherProtocol.p.protocol}: the Service gets no endpoints for it and connections are refused`;
    }
    const exited = portsOf2(w.initContainers.filter((c) => !c.running)).find(({ name }) => name === target);
    const note = exited ? `; only ${roleWord(exited.c)} "${exited.c.name}" declares it, and it has exited before the app starts` : "";
    return `${label} targets port name "${target}", which no running container ${where} declares (${describePorts(declared.length ? declared : running)}${note}): the Service gets no endpoints for it and connections are refused`;
  }
  const n = typeof target === "number" ? target : typeof target === "string" ? Number(target) : NaN;
  if (!Number.isInteger(n) || n <= 0 || declared.length === 0) return void 0;
  if (running.some(({ p }) => p.containerPort === n)) return void 0;
  if (isGateway(w) || mentioned(run, w, n)) return void 0;
  return `${label} targets port ${n}, which no running container ${where} declares or mentions (${describePorts(declared)}): connections are refused unless something listens on ${n} undeclared`;
}
var IANA_SVC_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;
function isGateway(w) {
  const labels = w.labels;
  return !!w.app?.mesh || labels["gateway.networking.k8s.io/gateway-name"] !== void 0 || labels["istio.io/gateway-name"] !== void 0;
}
function mentioned(run, w, n) {
  const token = new RegExp(`(^|[^0-9])${n}([^0-9]|$)`);
  for (const c of w.running) {
    if (!c.list) continue;
    const { ports: _ports, ...rest } = c.spec;
    if (token.test(JSON.stringify(rest))) return true;
  }
  const configMaps = /* @__PURE__ */ new Set();
  const walk = (v, key2) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (isObject(v)) {
      if ((key2 === "configMap" || key2 === "configMapRef" || key2 === "configMapKeyRef") && typeof v.name === "string") configMaps.add(v.name);
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(w.podSpec);
  if (configMaps.size === 0) return false;
  return run.objects.some(
    (o) => o.kind === "ConfigMap" && o.name !== void 0 && configMaps.has(o.name) && (o.namespace === void 0 || w.object.namespace === void 0 || o.namespace === w.object.namespace) && token.test(JSON.stringify(o.value.data ?? ""))
  );
}

// rules/shared-volume-readonly/index.ts
var who = (c) => `${roleWord(c)} "${c.name}"`;
var WRITES_STATE = /pos_?file|\bdb\b|positions?|storage|checkpoint|buffer|registry|data_?dir|offset|state|cursor|\bpath\.data\b/i;
function configText(w, c, volumes, configMaps) {
  const names = [];
  for (const m of mountsOf(c)) {
    const v = m.name !== void 0 ? volumes.get(m.name) : void 0;
    if (!v) continue;
    if (v.type === "configMap" && isObject(v.spec.configMap)) {
      const n = asString(v.spec.configMap.name);
      if (n) names.push(n);
    } else if (v.type === "projected" && isObject(v.spec.projected)) {
      for (const s of asArray(v.spec.projected.sources)) {
        if (isObject(s) && isObject(s.configMap) && typeof s.configMap.name === "string") names.push(s.configMap.name);
      }
    }
  }
  const texts = [];
  for (const n of names) {
    const cm = configMaps.find(
      (o) => o.name === n && (o.namespace === void 0 || w.object.namespace === void 0 || o.namespace === w.object.namespace)
    );
    if (!cm || !isObject(cm.value.data)) continue;
    for (const v of Object.values(cm.value.data)) if (typeof v === "string") texts.push(v);
  }
  return texts.length ? texts.join("\n") : void 0;
}
function collectorOnlyReads(text, dir) {
  let mentions = 0;
  for (const line of text.split("\n")) {
    const inDir = pathsIn(line).filter((p) => isWithin(p.text, dir));
    if (inDir.length === 0) continue;
    if (WRITES_STATE.test(line)) return false;
    mentions++;
  }
  return mentions > 0;
}
function check4(w, ctx, configMaps) {
  if (isPatchLike(w)) return;
  const volumes = /* @__PURE__ */ new Map();
  for (const d of declaredVolumes(w)) if (!volumes.has(d.name)) volumes.set(d.name, d);
  const byVolume = mountsByVolume(podMounts(w));
  for (const [name, ms] of byVolume) {
    const v = volumes.get(name);
    if (!v || PROJECTED_TYPES.has(v.type)) continue;
    const mounts = ms.filter((m) => m.field === "volumeMounts" && m.mountPath && m.container.role !== "ephemeral");
    if (mounts.length === 0) continue;
    if (v.type === "emptyDir" && mounts.every((m) => m.readOnly)) {
      const first = mounts.find((m) => m.container.role === "app") ?? mounts[0];
      const users = [...new Set(mounts.map((m) => m.container))];
      ctx.report({
        object: w.object,
        path: [...first.path, "readOnly"],
        container: first.container,
        // A broken exchange, not a hardening hint: worth more than the rule's info.
        severity: "warning",
        message: `emptyDir "${name}" is mounted readOnly by ${users.length === 1 ? `its only user, ${who(users[0])}` : `every container that uses it (${users.map(who).join(", ")})`}: it stays empty, since no container can write what the others read; mount it writable in the container that fills it`
      });
      continue;
    }
    if (new Set(mounts.map((m) => m.container)).size < 2) continue;
    const readers = [];
    for (const m of mounts) {
      const c = m.container;
      if (m.readOnly || !c.running && c.role !== "app") continue;
      if (usageOf(c, m.mountPath) === "read") {
        readers.push(m);
        continue;
      }
      if (isCollectorImage(c)) {
        const text = configText(w, c, volumes, configMaps);
        if (text !== void 0 && collectorOnlyReads(text, m.mountPath)) readers.push(m);
      }
    }
    for (const r of readers) {
      const writer = mounts.find((m) => m.container !== r.container && !m.readOnly && !readers.includes(m));
      if (!writer) continue;
      ctx.report({
        object: w.object,
        path: r.spec.readOnly !== void 0 ? [...r.path, "readOnly"] : r.path,
        container: r.container,
        fix: readOnlyFix(w, r.path),
        message: `${who(r.container)} only reads ${v.type} "${name}" at ${r.mountPath}, which ${who(writer.container)} writes, but mounts it writable: set readOnly: true on this mount so a bug or a compromise in the reader cannot alter or delete the data`
      });
    }
  }
}
var shared_volume_readonly_default = defineRule({
  meta: {
    id: "shared-volume-readonly",
    severity: "info",
    category: "volumes",
    description: "A container that only reads a shared volume mounts it writable, or every container mounts an emptyDir read-only.",
    rationale: "In a writer/reader pair (the app writes logs, a shipper tails them) the reader needs no write access: mounting the volume readOnly documents the direction of the exchange and keeps a bug or a compromised sidecar from truncating, deleting or planting files the app trusts. The opposite mistake is worse: when every container mounts an emptyDir readOnly, nothing can ever be written to it and the readers wait on an empty directory.",
    fix: "Add readOnly: true to the reader's volumeMount (a log shipper that keeps a position file next to the logs needs it elsewhere first); when every mount is read-only, make the writer's mount writable."
  },
  /** The run looks at workloads, and the ConfigMaps their collectors read. */
  keep: (obj) => obj.kind === "ConfigMap" || isWorkloadObject(obj),
  run(run, ctx) {
    const configMaps = run.objects.filter((o) => o.kind === "ConfigMap");
    for (const w of run.workloads) check4(w, ctx, configMaps);
  }
});
function readOnlyFix(w, mountPath) {
  const edits = setMapKey(w.object.doc, mountPath, "readOnly", true);
  return edits && { description: "mount it readOnly: true", edits };
}

// rules/sidecar-requests-exceed-app/index.ts
var sidecar_requests_exceed_app_default = defineRule({
  meta: {
    id: "sidecar-requests-exceed-app",
    severity: "info",
    category: "resources",
    description: "A sidecar or native sidecar requests more cpu or memory than the app container it serves.",
    rationale: "Requests are reserved on the node whether used or not, and a sidecar's request is paid again on every replica. A proxy or log shipper that asks for more than the app it serves is usually sized by a copied default (a mesh's injector values, a chart's example) rather than by what it uses, and it is often the largest line of the cluster bill nobody looks at.",
    fix: "Size the sidecar from what it uses (kubectl top pod --containers, or the VPA recommender), and lower its request; for injected proxies set the mesh's per-pod resource annotations or its global proxy resources."
  },
  workload(w, ctx) {
    const app = w.app;
    if (!app) return;
    for (const c of w.running) {
      if (!c.list || c.role !== "sidecar" && c.role !== "native-sidecar") continue;
      for (const res of RESOURCE_NAMES) {
        const mine = requestOf(c.spec, res);
        const theirs = requestOf(app.spec, res);
        if (mine?.value === void 0 || theirs?.value === void 0 || mine.value <= theirs.value) continue;
        const fmt = res === "cpu" ? formatCpu : formatMemory;
        const viaLimit = mine.from === "limits" ? " (its limit, which Kubernetes copies into the missing request)" : "";
        ctx.report({
          object: w.object,
          path: [...c.path, ...mine.rel],
          container: c,
          message: `${roleWord(c)} "${c.name}" requests ${res} ${fmt(mine.value)}${viaLimit}, more than ${roleWord(app)} "${app.name}" (${fmt(theirs.value)}): every replica reserves more for the helper than for the work`
        });
      }
    }
  }
});

// rules/sidecar-security-context/index.ts
var HARMLESS_CAPS = /* @__PURE__ */ new Set(["NET_BIND_SERVICE"]);
function securityContext(c) {
  return isObject(c.spec.securityContext) ? c.spec.securityContext : {};
}
function capabilities(sc) {
  const caps = isObject(sc.capabilities) ? sc.capabilities : {};
  const names = (v) => asArray(v).map((x) => asString(x)?.toUpperCase().replace(/^CAP_/, "")).filter((x) => !!x);
  return { drop: names(caps.drop), add: names(caps.add) };
}
function numeric(v) {
  return typeof v === "number" && Number.isInteger(v) ? v : void 0;
}
var sidecar_security_context_default = defineRule({
  meta: {
    id: "sidecar-security-context",
    severity: "warning",
    category: "security",
    security: true,
    description: "A sidecar or native sidecar runs with weaker security settings than its app container: as root, with privilege escalation, with more capabilities or a writable root filesystem.",
    rationale: "The app was hardened on purpose, and the sidecar shares its network, its volumes and often its service account token. A sidecar that may run as root, escalate privileges or hold NET_ADMIN is the easier way in, and it is usually a third-party image the team reviews less. Pod-level runAsNonRoot and runAsUser are inherited by every container; allowPrivilegeEscalation, capabilities and readOnlyRootFilesystem are not, so each sidecar must repeat them.",
    fix: "Give the sidecar the same securityContext as the app container (runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, with an emptyDir for what it must write), or move runAsNonRoot/runAsUser to the pod securityContext."
  },
  workload(w, ctx) {
    const app = w.app;
    if (!app || app.mesh) return;
    const pod = isObject(w.podSpec.securityContext) ? w.podSpec.securityContext : {};
    if (isObject(w.podSpec.os) && w.podSpec.os.name === "windows") return;
    const appSc = securityContext(app);
    const runAsUser = (sc) => numeric(sc.runAsUser) ?? numeric(pod.runAsUser);
    const runAsNonRoot = (sc) => typeof sc.runAsNonRoot === "boolean" ? sc.runAsNonRoot : typeof pod.runAsNonRoot === "boolean" ? pod.runAsNonRoot : void 0;
    const appUser = runAsUser(appSc);
    const appNonRoot = runAsNonRoot(appSc) === true || appUser !== void 0 && appUser !== 0;
    const appNoEscalation = appSc.allowPrivilegeEscalation === false;
    const appCaps = capabilities(appSc);
    const appDropsAll = appCaps.drop.includes("ALL");
    const appReadOnly = appSc.readOnlyRootFilesystem === true;
    if (!appNonRoot && !appNoEscalation && !appDropsAll && !appReadOnly) return;
    for (const c of w.declared) {
      if (c.role !== "sidecar" && c.role !== "native-sidecar") continue;
      const sc = securityContext(c);
      if (sc.privileged === true) continue;
      const weaker = [];
      if (appNonRoot) {
        const user = runAsUser(sc);
        const nonRoot = runAsNonRoot(sc);
        if (user === 0) weaker.push(numeric(sc.runAsUser) === 0 ? "runs as root (runAsUser: 0)" : "runs as root (runAsUser: 0 from the pod securityContext)");
        else if (user === void 0 && nonRoot === false) weaker.push("may run as root (runAsNonRoot: false)");
        else if (user === void 0 && nonRoot === void 0) weaker.push("may run as root (neither runAsNonRoot nor runAsUser set: it runs as its image's user)");
      }
      if (appNoEscalation && sc.allowPrivilegeEscalation !== false) {
        weaker.push(sc.allowPrivilegeEscalation === true ? "allows privilege escalation" : "does not set allowPrivilegeEscalation: false");
      }
      if (appDropsAll) {
        const caps = capabilities(sc);
        if (!caps.drop.includes("ALL")) weaker.push("does not drop ALL capabilities");
        const added = caps.add.filter((cap) => !HARMLESS_CAPS.has(cap) && !appCaps.add.includes(cap));
        if (added.length) weaker.push(`adds ${added.join(", ")}`);
      }
      if (appReadOnly && sc.readOnlyRootFilesystem !== true) weaker.push("has a writable root filesystem");
      if (weaker.length === 0) continue;
      const hasSc = c.spec.securityContext !== void 0;
      ctx.report({
        object: w.object,
        path: hasSc ? [...c.path, "securityContext"] : [...c.path, "name"],
        key: hasSc,
        container: c,
        message: `${roleWord(c)} "${c.name}" is weaker than app container "${app.name}": it ${joinList(weaker)}; an attacker who gets into the sidecar has what the app was denied`
      });
    }
  }
});
function joinList(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// rules/undeclared-volume/index.ts
var undeclared_volume_default = defineRule({
  meta: {
    id: "undeclared-volume",
    severity: "error",
    category: "volumes",
    description: "A volumeMount or volumeDevice names a volume the pod does not declare.",
    rationale: 'Every volumeMounts[].name (and volumeDevices[].name) must match an entry of spec.volumes, or for a StatefulSet a volumeClaimTemplates[].metadata.name. The API server rejects the object ("volumeMounts[0].name: Not found"), so nothing is deployed; it is usually a typo or a volume dropped in a refactor while a container (often a sidecar added later) still mounts it.',
    fix: "Declare the volume under spec.volumes (or add a volumeClaimTemplate to the StatefulSet), or correct the name in the mount to the volume you meant."
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const declared = declaredVolumes(w);
    const names = new Set(declared.map((d) => d.name));
    const mounts = podMounts(w);
    const mounted = new Set([...mounts.map((m) => m.name), ...annotationMountedVolumes(w).keys()].filter((n) => n !== void 0 && names.has(n)));
    const what = w.kind === "StatefulSet" ? "no volume or volumeClaimTemplate" : "no volume";
    for (const m of mounts) {
      if (m.name === void 0 || m.name === "" || names.has(m.name)) continue;
      const guess = likelyVolume(m.name, declared, mounted);
      const entry = m.field === "volumeMounts" ? "volumeMount" : "volumeDevice";
      ctx.report({
        object: w.object,
        path: [...m.path, "name"],
        container: m.container,
        message: `${entry} "${m.name}" of ${roleWord(m.container)} "${m.container.name}" names ${what} of the pod: the API server rejects the ${w.kind} (${m.field}[${m.index}].name: Not found)` + (guess ? `; did you mean "${guess}"?` : declared.length === 0 ? "; the pod declares no volumes" : "")
      });
    }
  }
});

// rules/unshared-volume/index.ts
var FILE_NAME = /\/[^/]*[^/.]\.[A-Za-z0-9]{1,8}$/;
var SHARED_NAME = /shared|exchange|handoff/i;
var who2 = (c) => `${roleWord(c)} "${c.name}"`;
var unshared_volume_default = defineRule({
  meta: {
    id: "unshared-volume",
    severity: "warning",
    category: "volumes",
    description: "Data meant to pass between containers of a pod is not on a volume they share.",
    rationale: "Containers of a pod share the network but not the filesystem: only a volume both mount is seen by both. When a log shipper tails /var/log/app/app.log but only the app mounts the emptyDir at /var/log/app, the shipper reads its own empty image directory and ships nothing, without any error. Likewise two containers that mount different volumes at the same path each see their own copy: nothing written by one reaches the other.",
    fix: "Mount the same volume in every container that exchanges the data (the mountPath may differ; point the reader at its own mountPath), and drop the second, private volume."
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const volumes = /* @__PURE__ */ new Map();
    for (const d of declaredVolumes(w)) if (!volumes.has(d.name)) volumes.set(d.name, d);
    const mounts = podMounts(w);
    const byVolume = mountsByVolume(mounts);
    const running = w.running.filter((c) => c.list);
    if (running.length < 2 && w.initContainers.length === 0) return;
    for (const [name, ms] of byVolume) {
      const v = volumes.get(name);
      if (!v || v.type !== "emptyDir") continue;
      const owners = new Set(ms.map((m) => m.container));
      if (owners.size !== 1) continue;
      const owner = ms[0].container;
      for (const m of ms) {
        if (m.field !== "volumeMounts" || !m.mountPath || m.subPath || isPrivatePath(m.mountPath)) continue;
        for (const other of w.declared) {
          if (other === owner || other.role === "ephemeral") continue;
          if (!other.running && other.role !== "app" && !owner.running && owner.role !== "app") continue;
          const own = mountsOf(other);
          const reads = usageOf(other, m.mountPath) === "read" || isCollectorImage(other);
          const ownerMentions = new Set(pathMentions(owner).map((p) => p.text));
          const mention = pathMentions(other).find(
            (p) => isWithin(p.text, m.mountPath) && !mountServing(own, p.text) && (reads || ownerMentions.has(p.text) || normalizePath(p.text) !== normalizePath(m.mountPath) && FILE_NAME.test(p.text))
          );
          if (!mention) continue;
          const verb = reads ? "reads" : "uses";
          ctx.report({
            object: w.object,
            path: mention.path,
            span: mentionSpan(w, mention),
            container: other,
            message: `${who2(other)} ${verb} ${mention.raw}, but emptyDir "${name}" at ${m.mountPath} is mounted only by ${who2(owner)}: ` + (other.role === "init" ? `what the ${roleWord(other)} writes there stays in its own filesystem and is gone when it exits` : `the ${roleWord(other)} sees its own image's ${m.mountPath}, not the ${roleWord(owner)}'s files`)
          });
        }
      }
    }
    const seen = /* @__PURE__ */ new Map();
    for (const c of running) {
      for (const m of mountsOf(c)) {
        if (m.field !== "volumeMounts" || !m.mountPath || m.name === void 0 || m.subPath) continue;
        const v = volumes.get(m.name);
        if (!v || PROJECTED_TYPES.has(v.type) || isPrivatePath(m.mountPath)) continue;
        const key2 = normalizePath(m.mountPath);
        const first = seen.get(key2);
        if (!first) {
          seen.set(key2, m);
          continue;
        }
        if (first.container === c || first.name === m.name) continue;
        const fv = volumes.get(first.name);
        const works = (x) => pathMentions(x).some((p) => isWithin(p.text, m.mountPath));
        const reader = (x) => usageOf(x, m.mountPath) === "read" || isCollectorImage(x);
        const exchange = reader(c) || reader(first.container) || works(c) && works(first.container) || SHARED_NAME.test(m.name) || SHARED_NAME.test(first.name);
        if (!exchange) continue;
        ctx.report({
          object: w.object,
          path: [...m.path, "mountPath"],
          container: c,
          message: `${who2(c)} mounts ${v.type} "${m.name}" at ${m.mountPath}, where ${who2(first.container)} mounts ${fv.type} "${first.name}": two different volumes, so each container sees its own files and nothing written there is shared`
        });
      }
    }
  }
});

// rules/unused-volume/index.ts
function consequence(type, spec) {
  switch (type) {
    case "persistentVolumeClaim": {
      const claim = isObject(spec.persistentVolumeClaim) ? asString(spec.persistentVolumeClaim.claimName) : void 0;
      return `the pod still waits for claim${claim ? ` "${claim}"` : ""} to bind and attach before it can start, for nothing`;
    }
    case "volumeClaimTemplate":
      return "every replica still gets a PersistentVolumeClaim that nothing uses";
    case "ephemeral":
      return "a claim is still provisioned for every pod, for nothing";
    default:
      return "its content reaches no process; a volumeMount is missing or the volume is left over";
  }
}
var unused_volume_default = defineRule({
  meta: {
    id: "unused-volume",
    severity: "warning",
    category: "volumes",
    description: "A declared volume (or StatefulSet volumeClaimTemplate) that no container mounts.",
    rationale: "A volume in spec.volumes that no container, init container or ephemeral container mounts (or uses as a device) does nothing for the pod: the data it carries never reaches a process. It usually means a volumeMount was forgotten or names another volume (the sidecar that should read the config or the logs does not see them), or it is left over from a refactor. A persistentVolumeClaim still has to bind and attach before the pod can start, and an unused volumeClaimTemplate still creates a claim per replica.",
    fix: "Add the missing volumeMount to the container that needs the data (check the names of existing mounts for a typo), or delete the volume."
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const declared = declaredVolumes(w);
    const mounts = podMounts(w);
    const used = new Set(mounts.map((m) => m.name));
    const byInjector = annotationMountedVolumes(w);
    const names = new Set(declared.map((d) => d.name));
    const dangling = mounts.filter((m) => m.name !== void 0 && !names.has(m.name));
    const mounted = new Set([...used, ...byInjector.keys()].filter((n) => n !== void 0 && names.has(n)));
    for (const d of declared) {
      if (used.has(d.name) || byInjector.has(d.name)) continue;
      const kind = d.from === "volumeClaimTemplates" ? "volumeClaimTemplate" : "volume";
      const typeText = d.from === "volumeClaimTemplates" ? "" : ` (${d.type})`;
      const suspect = dangling.find((m) => likelyVolume(m.name, declared, mounted) === d.name);
      const tail = suspect ? `${roleWord(suspect.container)} "${suspect.container.name}" mounts the undeclared "${suspect.name}"${suspect.mountPath ? ` at ${suspect.mountPath}` : ""}, probably meaning this one` : consequence(d.type, d.spec);
      ctx.report({
        object: w.object,
        path: d.namePath,
        message: `${kind} "${d.name}"${typeText} is declared but no container mounts it: ${tail}`
      });
    }
  }
});

// rules/yaml-syntax/index.ts
var NOT_LINTED = "the document was not linted";
var HINTS = {
  ALIAS_EXPANSION: NOT_LINTED,
  TOO_DEEP: NOT_LINTED,
  BAD_ALIAS: NOT_LINTED,
  BLOCK_AS_IMPLICIT_KEY: "a key has a value on its own line and indented content below it: check the indentation",
  MULTILINE_IMPLICIT_KEY: "a key has a value on its own line and indented content below it: check the indentation"
};
var OBJECT_START = /* @__PURE__ */ new Set(["apiVersion", "kind"]);
var yaml_syntax_default = defineRule({
  meta: {
    id: "yaml-syntax",
    severity: "error",
    category: "syntax",
    description: "The file is not well-formed YAML: a syntax error, a duplicate key, a bad alias or a YAML bomb.",
    rationale: "kubectl and the API server refuse a manifest they cannot parse, and a duplicate key silently drops one of two values in tools that do accept it. Blog examples pasted together without `---` are the classic case: the second object lands inside the first one.",
    fix: "Correct the YAML at the position given: indent consistently, separate documents with `---`, remove or rename the repeated key."
  },
  document(doc, ctx) {
    const reported = /* @__PURE__ */ new Set();
    let pastedAt = -1;
    for (const p of doc.problems) {
      if (reported.has(p.span[0])) continue;
      reported.add(p.span[0]);
      let message = p.message;
      if (p.code === "DUPLICATE_KEY") {
        const rest = doc.source.text.slice(p.span[0], p.span[0] + 200);
        const key2 = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?)\s*:(?:\s|$)/.exec(rest)?.[1] ?? rest.split("\n")[0];
        const at2 = doc.source.position(p.span[0]);
        const topLevel = at2.column === doc.source.position(doc.span[0]).column;
        if (topLevel && OBJECT_START.has(key2)) {
          if (pastedAt !== -1 && at2.line - pastedAt <= 2) continue;
          pastedAt = at2.line;
          message = `duplicate key "${key2}": a second object starts here without a "---" line before it, so it overwrites the first one's keys; separate the objects with "---"`;
        } else if (topLevel && pastedAt !== -1) {
          continue;
        } else {
          message = `duplicate key "${key2}": YAML forbids it, and tools that accept it keep only one of the values (kubectl rejects or warns)`;
        }
      } else if (HINTS[p.code]) {
        message = `${p.message}; ${HINTS[p.code]}`;
      }
      ctx.report({ doc, span: p.span, message });
    }
  }
});

// rules/yaml11-value/index.ts
var MODE_KEYS = /* @__PURE__ */ new Set(["defaultMode", "mode"]);
var BOOLEAN_FIELDS = /* @__PURE__ */ new Set([
  "allowPrivilegeEscalation",
  "automountServiceAccountToken",
  "enableServiceLinks",
  "hostIPC",
  "hostNetwork",
  "hostPID",
  "hostUsers",
  "immutable",
  "manualSelector",
  "optional",
  "paused",
  "privileged",
  "publishNotReadyAddresses",
  "readOnly",
  "readOnlyRootFilesystem",
  "runAsNonRoot",
  "setHostnameAsFQDN",
  "shareProcessNamespace",
  "stdin",
  "stdinOnce",
  "suspend",
  "tty",
  "allocateLoadBalancerNodePorts"
]);
function keyOf(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const m = /(?:^|[\s{,])("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:{},[\]#"'][^:{},[\]#]*?)\s*:\s*$/.exec(before);
  if (!m) return void 0;
  const k = m[1];
  return /^["']/.test(k) ? k.slice(1, -1) : k.trim();
}
var yaml11_value_default = defineRule({
  meta: {
    id: "yaml11-value",
    severity: "warning",
    category: "syntax",
    description: "A plain scalar that Kubernetes (YAML 1.1) reads as a boolean (yes, no, on, off, y, n) or an octal number (0755), while YAML 1.2 tools read a string or a decimal.",
    rationale: 'Kubernetes parses manifests with YAML 1.1 rules: unquoted yes/no/on/off/y/n are booleans and 0755 is octal 493. yq, most editors, formatters and YAML 1.2 libraries read the string "yes" and the number 755. So `value: yes` in an env var or a label is a boolean the API server rejects ("cannot unmarshal bool into ... of type string"), and a file that looks right in one tool means something else in another.',
    fix: 'Quote the value ("yes", "0755") when you mean the string; write true/false for a boolean field and a plain decimal for a number.'
  },
  // Per object rather than per document: Kubernetes only reads Kubernetes objects (a values file
  // in the stream is someone else's), and findings that belong to an object can be suppressed by
  // its annotations. The scalars themselves come from the document (doc.yaml11Scalars).
  object(obj, ctx) {
    const doc = obj.doc;
    if (doc.yaml11Scalars.length === 0) return;
    const [start, end] = doc.locate(obj.path).span;
    const text = doc.source.text;
    for (const s of doc.yaml11Scalars) {
      if (s.span[0] < start || s.span[1] > end) continue;
      const key2 = keyOf(text, s.span[0]);
      let message;
      let fix;
      if (typeof s.value === "number") {
        if (key2 !== void 0 && MODE_KEYS.has(key2) && s.value >= 0 && s.value <= 511) continue;
        message = `${s.source} is octal ${s.value} to Kubernetes (YAML 1.1) but ${Number(s.source.replace(/^([-+]?)0+(?=\d)/, "$1"))} to YAML 1.2 tools (yq, editors, formatters): quote it ("${s.source}") if you mean the string, or write ${s.value}`;
      } else if (key2 !== void 0 && BOOLEAN_FIELDS.has(key2)) {
        message = `${key2}: ${s.source} is ${s.value} to Kubernetes (YAML 1.1) but the string "${s.source}" to YAML 1.2 tools (yq, editors, formatters), which may quote it into a value the API server rejects: write ${s.value}`;
        fix = { description: `write ${s.value}`, edits: [{ start: s.span[0], end: s.span[1], text: String(s.value) }] };
      } else {
        message = `${s.source} is the boolean ${s.value} to Kubernetes (YAML 1.1) but the string "${s.source}" to YAML 1.2 tools (yq, editors, formatters): quote it ("${s.source}") if you mean the string, or write ${s.value}`;
        if (key2 === "value") fix = { description: `quote "${s.source}"`, edits: [{ start: s.span[0], end: s.span[1], text: `"${s.source}"` }] };
      }
      ctx.report({ object: obj, span: s.span, message, fix });
    }
  }
});

// rules/index.ts
var RULES = [
  duplicate_container_name_default,
  duplicate_mount_path_default,
  duplicate_port_name_default,
  effective_requests_default,
  emptydir_size_limit_default,
  hostport_conflict_default,
  injected_sidecar_port_clash_default,
  invalid_port_name_default,
  job_sidecar_never_completes_default,
  latest_tag_default,
  missing_limits_default,
  missing_probes_default,
  missing_resources_default,
  native_sidecar_misuse_default,
  native_sidecar_startup_probe_default,
  port_conflict_default,
  privileged_sidecar_default,
  probe_port_mismatch_default,
  schema_default,
  selector_label_mismatch_default,
  service_targetport_mismatch_default,
  shared_volume_readonly_default,
  sidecar_requests_exceed_app_default,
  sidecar_security_context_default,
  undeclared_volume_default,
  unshared_volume_default,
  unused_volume_default,
  yaml_syntax_default,
  yaml11_value_default
];

// src/engine/suppress.ts
var DIRECTIVE = /#\s*sidecar-lint-disable(-next-line|-line|-file)(?:\s+([^\n]*?))?\s*$/;
var ANNOTATION_PREFIX = "ignore-check.sidecar-lint.io/";
function parseDirectives(source) {
  if (!source.text.includes("sidecar-lint-disable")) return [];
  const out = [];
  for (let n = 1; n <= source.lineCount; n++) {
    const text = source.line(n);
    if (!text.includes("sidecar-lint-disable")) continue;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const kind = m[1].slice(1);
    const [rulePart, reason] = (m[2] ?? "").split(/\s+--\s*/, 2);
    const rules = rulePart.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r !== "" && r !== "--");
    let target = n;
    if (kind === "file") target = 0;
    else if (kind === "next-line") {
      target = n + 1;
      while (target <= source.lineCount && /^\s*(#.*)?$/.test(source.line(target))) target++;
    }
    out.push({ kind, rules, reason: reason?.trim() || void 0, line: n, target, column: m.index + 1, endColumn: text.length + 1, used: false });
  }
  return out;
}
function annotationSuppressions(obj, podAnnotations) {
  const out = [];
  const collect = (annotations) => {
    if (!isObject(annotations)) return;
    for (const [key2, value] of Object.entries(annotations)) {
      if (!key2.startsWith(ANNOTATION_PREFIX)) continue;
      const name = key2.slice(ANNOTATION_PREFIX.length);
      const dot = name.indexOf(".");
      out.push({
        rule: dot === -1 ? name : name.slice(0, dot),
        container: dot === -1 ? void 0 : name.slice(dot + 1),
        reason: String(value ?? ""),
        key: key2,
        used: false
      });
    }
  };
  collect(obj.metadata.annotations);
  if (podAnnotations) collect(podAnnotations);
  return out;
}
function applyAnnotations(findings, suppressions) {
  if (suppressions.length === 0) return;
  for (const f of findings) {
    if (f.suppressed) continue;
    const s = suppressions.find((s2) => (s2.rule === f.ruleId || s2.rule === "all") && (!s2.container || s2.container === f.container));
    if (s) {
      s.used = true;
      f.suppressed = { kind: "annotation", reason: s.reason || void 0 };
    }
  }
}
var UNUSED_SUPPRESSION_SEVERITY = "warning";
function findingsByObject(pairs) {
  const out = /* @__PURE__ */ new Map();
  for (const [f, obj] of pairs) {
    let list2 = out.get(obj);
    if (!list2) out.set(obj, list2 = []);
    list2.push(f);
  }
  return out;
}
function suppressByAnnotations(obj, podAnnotations, podMetaPath, findings, reportUnused) {
  const sups = annotationSuppressions(obj, podAnnotations);
  if (sups.length === 0) return [];
  applyAnnotations(findings, sups);
  if (!reportUnused) return [];
  return sups.filter((s) => !s.used).map((s) => {
    const inPod = podMetaPath && podAnnotations?.[s.key] !== void 0;
    const p = inPod ? [...podMetaPath, "annotations", s.key] : obj.at("metadata", "annotations", s.key);
    const span = obj.doc.locate(p, "key").span;
    return {
      ruleId: "unused-suppression",
      severity: UNUSED_SUPPRESSION_SEVERITY,
      message: `annotation ${s.key} suppresses nothing`,
      file: obj.file,
      range: obj.doc.source.range(span[0], span[1]),
      object: obj.ref
    };
  });
}

// src/engine/docs.ts
var REPOSITORY_URL = "https://github.com/sidecar-lint/sidecar-lint";
function docsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}/README.md`;
}

// src/engine/file.ts
var Collector = class {
  constructor(kubeVersion) {
    this.kubeVersion = kubeVersion;
  }
  kubeVersion;
  findings = [];
  objectOf = /* @__PURE__ */ new Map();
  context(a, fallbackDoc) {
    return {
      kubeVersion: this.kubeVersion,
      options: a.options,
      report: (d) => {
        const f = toFinding(a, d, fallbackDoc);
        this.findings.push(f);
        if (d.object) this.objectOf.set(f, d.object);
      }
    };
  }
  /** Runs one rule on one thing; a rule that throws becomes a finding and the run goes on. */
  guarded(a, where, doc, fn) {
    try {
      fn();
    } catch (err) {
      this.findings.push({
        ruleId: "rule-error",
        severity: "error",
        message: `rule ${a.rule.meta.id} failed on ${where}: ${err.message}`,
        file: doc?.source.path ?? "<run>",
        range: doc ? doc.source.range(doc.span[0], doc.span[0]) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
      });
    }
  }
};
function lintFile(source, s) {
  const collector = new Collector(s.kubeVersion);
  const result = { source, documents: [], objects: [], kept: [], workloads: /* @__PURE__ */ new Map(), summaries: [], counts: { documents: 0, objects: 0, workloads: 0 }, notes: [], collector, directives: parseDirectives(source) };
  const runRules = s.active.filter((a) => a.rule.run);
  const keptDocs = /* @__PURE__ */ new Set();
  const workloads = /* @__PURE__ */ new Map();
  const objects = [];
  const parsed = parseYaml(source, s.limits, "1.1", !s.keepModel);
  result.counts.documents = parsed.documents.length;
  for (const doc of parsed.documents) {
    for (const a of s.active) if (a.rule.document) collector.guarded(a, `${source.path} document ${doc.index + 1}`, doc, () => a.rule.document(doc, collector.context(a, doc)));
    if (!doc.usable) continue;
    const found = objectsOf(doc);
    for (const skipped of found.skipped) result.notes.push(`${source.path}: document ${doc.index + 1} is not a Kubernetes object (${skipped.reason}), passed over`);
    for (const obj of found.objects) {
      objects.push(obj);
      if (keptByRun(obj, s, runRules)) {
        result.kept.push(obj);
        keptDocs.add(doc);
      }
      for (const a of runRules) {
        if (!a.rule.summarize) continue;
        collector.guarded(a, obj.label, doc, () => {
          const data = a.rule.summarize(obj);
          if (data !== void 0) result.summaries.push({ rule: a.rule.meta.id, data });
        });
      }
      for (const a of s.active) if (a.rule.object) collector.guarded(a, obj.label, doc, () => a.rule.object(obj, collector.context(a)));
      if (isWorkloadKind(obj.kind) && obj.isPatch) result.notes.push(`${source.path}: ${obj.label} looks like a Kustomize patch, workload rules passed it over`);
      if (!isWorkloadObject(obj)) continue;
      const w = workloadOf(obj, s.kubeVersion, s.namespaces);
      workloads.set(obj, w);
      for (const a of s.active) if (a.rule.workload) collector.guarded(a, w.object.label, w.object.doc, () => a.rule.workload(w, collector.context(a)));
    }
  }
  result.counts.objects = objects.length;
  result.counts.workloads = workloads.size;
  const kept = new Set(result.kept);
  const settled = [...collector.objectOf].filter(([, obj]) => !kept.has(obj));
  for (const [f] of settled) collector.objectOf.delete(f);
  const byObject = findingsByObject(settled);
  for (const obj of objects) {
    if (kept.has(obj)) continue;
    const w = workloads.get(obj);
    collector.findings.push(...suppressByAnnotations(obj, w?.annotations, w?.podMetaPath, byObject.get(obj) ?? [], s.reportUnused));
  }
  if (!s.keepAllPositions) for (const doc of parsed.documents) doc.releasePositions(s.limits);
  result.documents = s.keepModel ? parsed.documents : parsed.documents.filter((d) => keptDocs.has(d));
  result.objects = s.keepModel ? objects : result.kept;
  result.workloads = s.keepModel ? workloads : new Map([...workloads].filter(([o]) => kept.has(o)));
  return result;
}
function keptByRun(obj, s, runRules = s.active.filter((a) => a.rule.run)) {
  return s.keepAllPositions || runRules.some((a) => !a.rule.keep || a.rule.keep(obj));
}
function toFinding(a, d, fallbackDoc) {
  const doc = d.object?.doc ?? d.doc ?? fallbackDoc;
  if (!doc) throw new Error("a report needs an object or a document");
  const span = d.span ?? doc.locate(d.path ?? d.object?.path ?? [], d.key ? "key" : "value").span;
  const container = typeof d.container === "string" ? d.container : d.container?.name;
  return {
    ruleId: a.rule.meta.id,
    severity: d.severity && !a.configured ? d.severity : a.severity,
    message: d.message,
    file: doc.source.path,
    range: doc.source.range(span[0], span[1]),
    documentIndex: doc.index,
    object: d.object?.ref,
    container,
    path: d.path,
    docsUrl: docsUrl(a.rule.meta.id),
    fix: d.fix
  };
}

// src/engine/lint-worker.ts
var toSource = (f) => new SourceFile(f.path, f.text, f.originalText);
var reply = (r) => parentPort.postMessage(r);
var settings;
async function init(req) {
  const kubeVersion = parseKubeVersion(req.kubeVersion) ?? DEFAULT_KUBE_VERSION;
  const active = [];
  for (const r of req.rules) {
    const rule = RULES.find((x) => x.meta.id === r.id);
    if (rule) active.push({ rule, severity: r.severity, configured: r.configured, options: r.options });
  }
  await Promise.all(active.map((a) => a.rule.prepare?.(kubeVersion)));
  settings = { active, kubeVersion, limits: req.limits, namespaces: [], keepAllPositions: req.keepAllPositions, keepModel: req.keepModel, reportUnused: req.reportUnused };
}
function lintChunk(files) {
  return files.map((file) => {
    const source = toSource(file);
    const r = lintFile(source, settings);
    const index = new Map(r.kept.map((o, i) => [o, i]));
    const parsed = r.documents[0]?.source;
    return {
      parsedFrom: parsed && parsed !== source ? { path: parsed.path, text: parsed.text, originalText: parsed.originalText } : void 0,
      documents: r.documents.map((d) => d.toData()),
      findings: r.collector.findings,
      findingObjects: r.collector.findings.map((f) => {
        const o = r.collector.objectOf.get(f);
        return o ? index.get(o) ?? -1 : -1;
      }),
      summaries: r.summaries,
      counts: r.counts,
      notes: r.notes
    };
  });
}
parentPort.on("message", (req) => {
  try {
    if (req.type === "init") {
      init(req).then(
        () => reply({ type: "ready" }),
        (err) => reply({ type: "error", error: err instanceof Error ? err.message : String(err) })
      );
    } else if (req.type === "namespaces") {
      settings.namespaces = req.documents.flatMap((d) => objectsOf(YamlDocument.fromData(new SourceFile(d.path, ""), d.data, settings.limits)).objects.filter(isNamespace));
    } else {
      reply({ type: "result", files: lintChunk(req.files) });
    }
  } catch (err) {
    reply({ type: "error", error: err instanceof Error ? err.message : String(err) });
  }
});
/*! Bundled license information:

js-yaml/dist/js-yaml.mjs:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
