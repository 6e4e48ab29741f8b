import type { TSchema } from 'typebox';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ANY_KEY = new Set(['^.*$', '^(.*)$']);

/** A record as TypeBox writes it (`patternProperties` matching any key) as the document writes it. */
function recordAsAdditionalProperties(node: JsonObject): JsonObject {
  const patterns = node.patternProperties;
  if (!isObject(patterns) || node.additionalProperties !== undefined) return node;
  const keys = Object.keys(patterns);
  if (keys.length !== 1 || !ANY_KEY.has(keys[0]!)) return node;
  const { patternProperties: _, ...rest } = node;
  return { ...rest, additionalProperties: patterns[keys[0]!]! };
}

/** The same text for the same schema whatever the order of its members and however a record is written. */
function canonical(input: unknown): string {
  if (Array.isArray(input)) return `[${input.map(canonical).join(',')}]`;
  const value = isObject(input) ? recordAsAdditionalProperties(input) : input;
  if (isObject(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** TypeBox writes tuples as draft-07 `items: [...]`; OpenAPI 3.1 (JSON Schema 2020-12) says `prefixItems`. */
function tuplesAsPrefixItems(node: JsonObject): void {
  if (!Array.isArray(node.items)) return;
  node.prefixItems = node.items;
  node.items = node.additionalItems === false ? false : true;
  delete node.additionalItems;
}

/**
 * Every use of a named contract schema becomes a `$ref` to `components.schemas`, so a shared
 * shape (the error body, a region reference, a page of people) is written once and generated
 * clients get one type for it. Named schemas are matched by content, largest first.
 */
export function shareComponents(document: JsonObject, named: Record<string, TSchema>): JsonObject {
  const byContent = new Map<string, string>();
  for (const [name, schema] of Object.entries(named)) {
    const key = canonical(schema);
    if (!byContent.has(key)) byContent.set(key, name);
  }
  const referenced = new Set<string>();

  function rewrite(node: Json, self?: string): Json {
    if (Array.isArray(node)) return node.map((item) => rewrite(item));
    if (!isObject(node)) return node;
    const name = byContent.get(canonical(node));
    if (name !== undefined && name !== self) {
      referenced.add(name);
      return { $ref: `#/components/schemas/${name}` };
    }
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(node)) copy[key] = rewrite(value);
    tuplesAsPrefixItems(copy);
    return copy;
  }

  const out = rewrite(document) as JsonObject;
  const schemas: JsonObject = {};
  // A component may name others; keep going until no new name turns up.
  for (let done = 0; done < referenced.size;) {
    done = referenced.size;
    for (const name of [...referenced]) {
      if (!(name in schemas)) schemas[name] = rewrite(named[name] as unknown as Json, name);
    }
  }
  const components = isObject(out.components) ? out.components : {};
  const sorted = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, schemas[name]!]));
  out.components = { ...components, schemas: { ...(isObject(components.schemas) ? components.schemas : {}), ...sorted } };
  return out;
}
