#!/usr/bin/env python3
"""Benchmark inputs: the Identity description as one OpenAPI 3.0 file, and copies scaled x10, x100, x1000.

Reads our Swagger 2.0 description (Spec/CommunicationIdentity.yaml + Spec/common.yaml), converts it to a
self-contained OpenAPI 3.0.3 document, then makes N renamed copies of every operation, schema and path:
copy 1 keeps the original names, copy k > 1 appends `X<k>` to operation ids (before the `_`), schema names,
`x-ms-enum` names and tags, and prefixes every path with `/x<k>`. The ApiVersion parameter and the security
schemes are shared. Output: `identity-x<N>.yaml` and `identity-x<N>.json` (byte-identical content, two
syntaxes) in the output folder; the same file goes to every generator.

Dropped in the conversion: `x-ms-examples` (files outside the document; sdkgen would generate tests from
them, the peers ignore them). Kept: the other `x-ms-*` extensions (peers ignore unknown `x-` keys).

usage: scale_spec.py SPEC_DIR OUT_DIR [N ...]      (default N: 1 10 100 1000)
"""
import copy
import json
import os
import sys

import yaml


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def fix_refs(node):
    """Swagger 2.0 $refs (local and into common.yaml) -> OpenAPI 3.0 component refs."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                _, _, pointer = value.partition("#")
                if pointer.startswith("/definitions/"):
                    value = "#/components/schemas/" + pointer[len("/definitions/"):]
                elif pointer.startswith("/components/"):
                    pass
                elif pointer.startswith("/parameters/"):
                    value = "#/components/parameters/" + pointer[len("/parameters/"):]
                else:
                    raise SystemExit(f"unexpected $ref {value}")
            out[key] = fix_refs(value)
        return out
    if isinstance(node, list):
        return [fix_refs(v) for v in node]
    return node


def schema30(schema):
    """A Swagger 2.0 schema -> OpenAPI 3.0 (x-nullable -> nullable, refs fixed)."""
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "x-nullable":
                out["nullable"] = value
            elif key in ("properties", "definitions"):
                out[key] = {k: schema30(v) for k, v in value.items()}
            elif key in ("items", "additionalProperties", "not"):
                out[key] = schema30(value)
            elif key in ("allOf", "anyOf", "oneOf"):
                out[key] = [schema30(v) for v in value]
            else:
                out[key] = value
        return fix_refs(out)
    return schema


SIMPLE_SCHEMA_KEYS = ("type", "format", "items", "enum", "default", "minimum", "maximum", "minLength",
                      "maxLength", "pattern", "collectionFormat", "x-ms-enum")


def parameter30(param):
    if "$ref" in param:
        return fix_refs(param)
    out = {k: v for k, v in param.items() if k not in SIMPLE_SCHEMA_KEYS}
    schema = {k: v for k, v in param.items() if k in SIMPLE_SCHEMA_KEYS and k != "collectionFormat"}
    out["schema"] = schema30(schema)
    return out


def operation30(op, global_consumes, global_produces):
    out = {}
    consumes = op.get("consumes", global_consumes) or ["application/json"]
    produces = op.get("produces", global_produces) or ["application/json"]
    params = []
    for key, value in op.items():
        if key in ("consumes", "produces", "x-ms-examples"):
            continue
        if key == "parameters":
            for p in value:
                if p.get("in") == "body":
                    body = {"content": {consumes[0]: {"schema": schema30(p["schema"])}}}
                    if p.get("description"):
                        body["description"] = p["description"]
                    if p.get("required"):
                        body["required"] = True
                    if p.get("name", "body") != "body":
                        body["x-ms-requestBody-name"] = p["name"]
                    out["requestBody"] = body
                else:
                    params.append(parameter30(p))
        elif key == "responses":
            responses = {}
            for status, response in value.items():
                r = {k: v for k, v in response.items() if k not in ("schema", "headers", "examples")}
                r.setdefault("description", "")
                if "schema" in response:
                    r["content"] = {produces[0]: {"schema": schema30(response["schema"])}}
                if "headers" in response:
                    r["headers"] = {n: {"description": h.get("description", ""), "schema": schema30(
                        {k: v for k, v in h.items() if k != "description"})} for n, h in response["headers"].items()}
                responses[str(status)] = r
            out["responses"] = responses
        else:
            out[key] = value
    if params:
        out["parameters"] = params
    return out


def to_openapi3(spec_dir):
    swagger = load(os.path.join(spec_dir, "CommunicationIdentity.yaml"))
    common = load(os.path.join(spec_dir, "common.yaml"))
    assert swagger.get("swagger") == "2.0"
    doc = {"openapi": "3.0.3", "info": swagger["info"]}
    host = swagger.get("x-ms-parameterized-host")
    if host:
        variables = {}
        for p in host.get("parameters", []):
            variables[p["name"]] = {"default": "https://my-resource.communication.azure.com",
                                    "description": p.get("description", "")}
        doc["servers"] = [{"url": host["hostTemplate"], "variables": variables}]
    schemes = {}
    for name, d in swagger.get("securityDefinitions", {}).items():
        if d["type"] == "oauth2":
            flow = {"implicit": "implicit", "accessCode": "authorizationCode", "password": "password",
                    "application": "clientCredentials"}[d["flow"]]
            f = {"scopes": d.get("scopes", {})}
            for k in ("authorizationUrl", "tokenUrl"):
                if k in d:
                    f[k] = d[k]
            schemes[name] = {"type": "oauth2", "description": d.get("description", ""), "flows": {flow: f}}
        else:
            schemes[name] = dict(d)
    if "security" in swagger:
        doc["security"] = swagger["security"]
    if "tags" in swagger:
        doc["tags"] = swagger["tags"]
    paths = {}
    for path, item in swagger["paths"].items():
        paths[path] = {m: operation30(op, swagger.get("consumes"), swagger.get("produces"))
                       for m, op in item.items()}
    doc["paths"] = paths
    schemas = {name: schema30(s) for name, s in swagger.get("definitions", {}).items()}
    for name, s in common.get("definitions", {}).items():
        assert name not in schemas
        schemas[name] = schema30(s)
    doc["components"] = {
        "schemas": schemas,
        "parameters": {name: parameter30(p) for name, p in swagger.get("parameters", {}).items()},
        "securitySchemes": schemes,
    }
    return doc


def rename(node, schema_names, suffix):
    """Renames schema refs and x-ms-enum names in a copied subtree."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and value.startswith("#/components/schemas/"):
                value = value + suffix
            elif key == "x-ms-enum" and isinstance(value, dict) and "name" in value:
                value = dict(value, name=value["name"] + suffix)
            out[key] = rename(value, schema_names, suffix)
        return out
    if isinstance(node, list):
        return [rename(v, schema_names, suffix) for v in node]
    return node


def scaled(base, n):
    doc = {k: v for k, v in base.items() if k not in ("paths", "components", "tags")}
    names = list(base["components"]["schemas"])
    paths, schemas, tags = {}, {}, []
    for k in range(1, n + 1):
        suffix = "" if k == 1 else f"X{k}"
        prefix = "" if k == 1 else f"/x{k}"
        for tag in base.get("tags", []):
            tags.append(dict(tag, name=tag["name"] + suffix))
        for path, item in base["paths"].items():
            new_item = {}
            for method, op in item.items():
                op = rename(copy.deepcopy(op), names, suffix)
                group, _, verb = op["operationId"].partition("_")
                op["operationId"] = f"{group}{suffix}_{verb}" if verb else group + suffix
                if "tags" in op:
                    op["tags"] = [t + suffix for t in op["tags"]]
                new_item[method] = op
            paths[prefix + path] = new_item
        for name, schema in base["components"]["schemas"].items():
            schemas[name + suffix] = rename(copy.deepcopy(schema), names, suffix)
    doc["tags"] = tags
    doc["paths"] = paths
    doc["components"] = dict(base["components"], schemas=schemas)
    return doc


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    spec_dir, out_dir = sys.argv[1], sys.argv[2]
    sizes = [int(a) for a in sys.argv[3:]] or [1, 10, 100, 1000]
    os.makedirs(out_dir, exist_ok=True)
    base = to_openapi3(spec_dir)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for n in sizes:
        doc = scaled(base, n)
        ops = sum(len(item) for item in doc["paths"].values())
        stem = os.path.join(out_dir, f"identity-x{n}")
        with open(stem + ".yaml", "w", encoding="utf-8") as f:
            yaml.dump(doc, f, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)
        with open(stem + ".json", "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
        print(f"{stem}.yaml/.json: {ops} operations, {len(doc['components']['schemas'])} schemas")


if __name__ == "__main__":
    main()
