import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { MAX_BODY_BYTES } from "../lib/api/body-size";
import { ENDPOINTS } from "../lib/api/openapi";
import { errorMessage } from "../lib/errors";
import type { Locale } from "../lib/i18n/locales";
import { apiSignIn, OPEN_CYCLE } from "./helpers";

/**
 * Issue 9, bad input: every documented endpoint gets hostile path parameters, query
 * strings and bodies. Never a 5xx; a 400 names the field at fault; and a dump of the
 * database taken before equals one taken after. Exclusive (runs alone, after the other
 * specs) because the dumps compare the whole database.
 *
 * The seed is fixed, so a failure reproduces run after run (each failure prints it);
 * BAD_INPUT_SEED=<n> explores other inputs.
 */
const SEED = Number(process.env.BAD_INPUT_SEED) || 452_017;
const RUNS = { param: 8, query: 8, extraQuery: 5, body: 40, wholeBody: 10, anonymous: 5 };

const OWN = "KEN";
const OTHER = "BRA";
const FOCAL_POINT = "focal.ken@example.org";
const ADMIN = "admin@example.org";
const QUESTION = "LEG-CYB-01";
const EVIDENCE = "https://gov.example/ken/cyber-law";

type Endpoint = (typeof ENDPOINTS)[number];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const key = (e: Endpoint) => `${e.method} ${e.path}`;

/** A valid value for each path parameter name; a new parameter needs one here. */
// No action has this id: a PATCH that got past validation would be a 404, never a write.
const PARAM_VALUES: Record<string, string> = {
  iso3: OWN,
  cycle: String(OPEN_CYCLE),
  id: "00000000-0000-4000-8000-000000000000",
  questionId: QUESTION,
};

interface BodyBaseline {
  /** Passes every check up to the data layer's last one; only mutations that break it are ever sent. */
  valid: Json;
  /** Well formed but refused without a write: sent along with hostile paths and query strings. */
  inert: Json;
}

/** Built once the focal point's current answer is known: the bodies below carry its version and value. */
function bodyBaselines(version: number, value: string | null): Record<string, BodyBaseline> {
  const answer = { questionId: QUESTION, value, evidence: [EVIDENCE], note: "Baseline note" };
  const file = {
    schema: "res45-readiness/assessment-answers@1",
    framework: { id: "res45-ba2017-v2", version: "2.0" },
    iso3: OWN,
    cycle: OPEN_CYCLE,
    answers: [answer],
  };
  const comments = { comments: [{ questionId: QUESTION, text: "Please add the law's title." }] };
  return {
    // The current version: a mutation the server wrongly accepted would be saved, and the dump would show it.
    "patch /api/v1/assessments/{iso3}/{cycle}": {
      valid: { version, answers: [answer] },
      inert: { version: 999_999, answers: [answer] },
    },
    // A file for our own state: accepted, it would be imported. The inert one is another state's (400).
    "post /api/v1/assessments/{iso3}/{cycle}/import": { valid: file, inert: { ...file, iso3: OTHER } },
    // Focal points cannot return assessments (403): the body is validated before the role is checked.
    "post /api/v1/assessments/{iso3}/{cycle}/return": { valid: comments, inert: comments },
    "post /api/v1/score": {
      valid: { framework: "res45-ba2017-v2", answers: [answer] },
      inert: { framework: "res45-ba2017-v2", answers: [answer] },
    },
    // The inert action names a question the questionnaire does not have: the data layer refuses it (400).
    "post /api/v1/plans/{iso3}/actions": {
      valid: {
        questionId: QUESTION,
        title: "Adopt the law",
        owner: "Ministry of Justice",
        targetDate: "2027-06-30",
        priority: "high",
      },
      inert: {
        questionId: "ZZZ-ZZ-99",
        title: "Adopt the law",
        owner: "Ministry of Justice",
        targetDate: "2027-06-30",
        priority: "high",
      },
    },
    "patch /api/v1/plans/{iso3}/actions/{id}": {
      valid: { version: 1, status: "done" },
      inert: { version: 1, status: "done" },
    },
    // The focal point's own address already has an account: 409, nothing is written or sent.
    "post /api/v1/invitations": {
      valid: { email: FOCAL_POINT, name: "Baseline", role: "focal_point", iso3: OWN },
      inert: { email: FOCAL_POINT, name: "Baseline", role: "focal_point", iso3: OWN },
    },
    // Focal points may not review (403 before the body is read); a reply to a draft's answer waits for nothing
    // from the state (409 conflict.review_step): neither writes.
    "post /api/v1/assessments/{iso3}/{cycle}/answers/{questionId}/review": {
      valid: { decision: "query", comment: "Which article defines the offence?" },
      inert: { decision: "query", comment: "Which article defines the offence?" },
    },
    "post /api/v1/assessments/{iso3}/{cycle}/answers/{questionId}/reply": {
      valid: { comment: "Article 12 of the Act.", acceptProposal: false },
      inert: { comment: "Article 12 of the Act.", acceptProposal: false },
    },
    // No account has this id: 400 validation.assignee after every schema check, and the transaction (which
    // would start a draft) writes nothing.
    "post /api/v1/assessments/{iso3}/{cycle}/assignments": {
      valid: { userId: "no-such-account", questionIds: [QUESTION, "legal-cybercrime"], dueDate: "2099-12-31" },
      inert: { userId: "no-such-account", questionIds: [QUESTION], dueDate: null },
    },
    // As the token body below: any well-formed comment would be written, so only schema-breaking mutations
    // and the inert one with a refused path or query string are sent.
    "post /api/v1/assessments/{iso3}/{cycle}/questions/{questionId}/comments": {
      valid: { body: "Baseline comment" },
      inert: { body: "Baseline comment" },
    },
    // Focal points may not set a publication date (403 before the body is read); the focal point's own
    // assessment in the open cycle is a draft, so its consent is refused (409 conflict.consent_not_validated).
    "patch /api/v1/publication/{cycle}": { valid: { publishAt: null }, inert: { publishAt: null } },
    "patch /api/v1/publication/{cycle}/consents/{iso3}": { valid: { consent: true }, inert: { consent: false } },
    // Only schema-breaking mutations of it are sent (no data-layer check follows), and the inert one only
    // with a refused query string: no token is ever created, which the dump checks (api_tokens is in it).
    "post /api/v1/tokens": {
      valid: { name: "Baseline token", expiresInDays: 30, write: false },
      inert: { name: "Baseline token", expiresInDays: 30, write: false },
    },
    // Deadlines and reminders are BDT's: a focal point gets 403 before the body is read.
    "patch /api/v1/cycles/{cycle}/deadline": { valid: { deadline: "2031-03-31" }, inert: { deadline: null } },
    "patch /api/v1/cycles/{cycle}/deadlines/{iso3}": {
      valid: { deadline: "2031-04-30" },
      inert: { deadline: null },
    },
    "post /api/v1/cycles/{cycle}/reminders": { valid: { iso3: OWN }, inert: { region: "africa" } },
    // No message has this id: marking it read changes nothing.
    "post /api/v1/notifications/read": { valid: { ids: [2_000_000_000] }, inert: { ids: [2_000_000_000] } },
    // Sent only with refused paths and query strings (schema-breaking mutations are refused): never stored.
    "patch /api/v1/notifications/settings": {
      valid: { email: true, locale: "en" },
      inert: { email: true, locale: "en" },
    },
  };
}

// ------------------------------------------------------------------ generators

const NESTING = (depth: number): Json => {
  let value: Json = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** Text an attacker would try: traversal, injection, markup, odd unicode, numbers in disguise. */
const HOSTILE_TEXT = [
  "",
  " ",
  "../../etc/passwd",
  "..%2F..%2F",
  "%00",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "' OR '1'='1",
  "'; DROP TABLE answers; --",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  "file:///etc/passwd",
  "//attacker.example/x",
  "\u202Egnp.exe",
  "\uFEFF\u200B",
  "𝕳𝖊𝖑𝖑𝖔 🇰🇪",
  "null",
  "NaN",
  "-1",
  "1e309",
  "0x7D0",
  "__proto__",
  "constructor",
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "\r\nX-Injected: 1",
];
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 4_001, max: 200_000 }).map((n) => "x".repeat(n)) },
);
const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];
const hostileKey = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ minLength: 1, maxLength: 20 }));
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(-1, 0.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), hostileString), { maxLength: 3 }),
  fc.constantFrom<Json>({}, [], JSON.parse('{"__proto__":{"isAdmin":true}}') as Json),
  // Deeper nesting is sent as whole bodies (as text): fast-check's report of a counterexample recurses.
  fc.integer({ min: 1, max: 1_000 }).map(NESTING),
  fc
    .integer({ min: 501, max: 800 })
    .map((n) => Array.from({ length: n }, () => ({ questionId: QUESTION, value: null }))),
);

/** Every path into a JSON value (not the root). */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

function getAt(value: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((v, p) => (v as Record<string | number, Json>)[p]!, value);
}

/** A copy with one change; keys are defined, not assigned, so "__proto__" stays an ordinary key. */
function mutate(body: Json, path: (string | number)[], change: { set: Json } | { remove: true }): Json {
  const copy = JSON.parse(JSON.stringify(body)) as Json;
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if ("remove" in change) delete parent[last];
  else Object.defineProperty(parent, last, { value: change.set, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Stored text fields, whose content must be storable whatever the schema says (NUL, lone surrogates). */
const STORED_TEXT = new Set(["questionId", "value", "note", "evidence", "text"]);
const UNSTORABLE = ["https://gov.example/a\u0000b", "x\ud800y", "\udfff"];

/** Every stored text field of the body, with each kind of text Postgres cannot store: few enough to try them all. */
function unstorableCases(valid: Json): BodyCase[] {
  return pathsOf(valid)
    .filter((p) => {
      const last = p[p.length - 1];
      const holder = typeof last === "number" ? p[p.length - 2] : last;
      return typeof getAt(valid, p) === "string" && STORED_TEXT.has(String(holder));
    })
    .flatMap((path) =>
      UNSTORABLE.map((text) => ({
        body: mutate(valid, path, { set: text }),
        field: path.join("."),
        schemaInvalid: true,
      })),
    );
}

interface BodyCase {
  body: Json;
  /** The field a 400 must name. */
  field: string;
  /** Whether the schema alone refuses it: then nothing but a 400 will do. */
  schemaInvalid: boolean;
}

function bodyCases(endpoint: Endpoint, valid: Json, known: Set<string>): fc.Arbitrary<BodyCase> {
  const schema = endpoint.body!;
  const paths = pathsOf(valid);
  const objectPaths = [
    [],
    ...paths.filter((p) => {
      const v = getAt(valid, p);
      return v !== null && typeof v === "object" && !Array.isArray(v);
    }),
  ];
  const objectKeyPaths = paths.filter((p) => typeof p[p.length - 1] === "string");
  const schemaBreaking = fc
    .oneof(
      fc.record({ path: fc.constantFrom(...paths), value: hostileValue }).map(({ path, value }) => ({
        body: mutate(valid, path, { set: value }),
        field: path.join("."),
      })),
      fc
        .constantFrom(...objectKeyPaths)
        .map((path) => ({ body: mutate(valid, path, { remove: true }), field: path.join(".") })),
      fc
        .record({ path: fc.constantFrom(...objectPaths), name: hostileKey, value: hostileValue })
        .map(({ path, name, value }) => ({
          body: mutate(valid, [...path, name], { set: value }),
          field: [...path, name].join("."),
        })),
    )
    .filter((c) => !schema.safeParse(c.body).success)
    .map((c) => ({ ...c, schemaInvalid: true }));
  // Well-formed strings the framework does not know: the data layer refuses them (or an earlier check does).
  const idPaths = paths.filter((p) => ["questionId", "value"].includes(String(p[p.length - 1])));
  if (idPaths.length === 0) return schemaBreaking;
  const unknownIds = fc
    .record({
      path: fc.constantFrom(...idPaths),
      text: fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ minLength: 1, maxLength: 30 })),
    })
    // eslint-disable-next-line no-control-regex -- U+0000 is exactly what this pattern looks for
    .filter(({ text }) => !known.has(text) && text.length <= 40 && !/[\u0000\ud800-\udfff]/.test(text))
    .map(({ path, text }) => ({
      body: mutate(valid, path, { set: text }),
      field: path.join("."),
      schemaInvalid: false,
    }));
  return fc.oneof({ weight: 4, arbitrary: schemaBreaking }, { weight: 1, arbitrary: unknownIds });
}

interface RawBody {
  data: string | Buffer;
  contentType: string;
}

/** Whole bodies that are not the JSON object an endpoint takes. */
const wholeBodies: fc.Arbitrary<RawBody> = fc.oneof(
  fc
    .constantFrom(
      "",
      "{",
      "{]",
      "[1,]",
      "{'a':1}",
      '{"a":1',
      "nul",
      "\u0000",
      "\ufeff{}",
      '{"a":1}{"b":2}',
      "NaN",
      "<xml/>",
    )
    .map((data) => ({ data, contentType: "application/json" })),
  fc.string({ unit: "binary", maxLength: 100 }).map((data) => ({ data, contentType: "application/json" })),
  fc
    .constantFrom<Json>([], null, 0, "text", true, [{}], -1)
    .map((v) => ({ data: JSON.stringify(v), contentType: "application/json" })),
  fc
    .integer({ min: 1_000, max: 200_000 })
    .map((depth) => ({ data: "[".repeat(depth) + "]".repeat(depth), contentType: "application/json" })),
  fc
    .integer({ min: 1_000, max: 100_000 })
    .map((depth) => ({ data: '{"a":'.repeat(depth) + "1" + "}".repeat(depth), contentType: "application/json" })),
  fc.record({
    contentType: fc.constantFrom(
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/xml",
      "application/octet-stream",
      "",
    ),
    data: fc.constantFrom(
      "version=1&answers=x",
      '{"version":0,"answers":[]}',
      "--x\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--x--",
      "\u0000\u0001",
    ),
  }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ data: Buffer.from(bytes), contentType: "application/json" })),
);

/** Path parameter values that the endpoint's own schema refuses. */
function hostileParams(endpoint: Endpoint, name: string): fc.Arbitrary<{ raw: string; field: string }> {
  const schema = endpoint.params!.shape[name] as { safeParse: (v: unknown) => { success: boolean } };
  const encoded = hostileString
    // "", "." and ".." would change the route itself (Next.js redirects "//"; URLs resolve dot segments),
    // and a lone surrogate cannot be percent-encoded: "%ED%A0%80" below sends its bytes.
    .filter((v) => !["", ".", ".."].includes(v) && v.isWellFormed() && v.length <= 30_000)
    .filter((v) => !schema.safeParse(v).success)
    .map((v) => ({ raw: encodeURIComponent(v), field: name }));
  // Sent as they are: not valid percent-encoding, or encoded NUL and slashes.
  const raw = fc
    .constantFrom("%", "%ZZ", "%C3%28", "%E0%A4%A", "%ED%A0%80", "%00", "%2F", "..%2F..%2F", "%u0041")
    .map((raw) => ({ raw, field: name }));
  return fc.oneof(encoded, raw);
}

function hostileQuery(endpoint: Endpoint): fc.Arbitrary<{ query: string; field: string }> {
  const schema = endpoint.query!;
  const names = Object.keys(schema.shape);
  return fc
    .record({ name: fc.constantFrom(...names), value: hostileString.filter((v) => v.length <= 4_000) })
    .filter(({ name, value }) => !schema.safeParse({ [name]: value }).success)
    .map(({ name, value }) => ({ query: new URLSearchParams({ [name]: value }).toString(), field: name }));
}

const extraQuery = fc
  .record({ name: hostileKey, value: hostileString.filter((v) => v.length <= 2_000) })
  .map(({ name, value }) => new URLSearchParams([[name, value]]).toString());

/** A parameter the endpoint does not document, with the name a refusal must give. */
function unknownQuery(endpoint: Endpoint): fc.Arbitrary<{ query: string; field: string }> {
  const documented = Object.keys(endpoint.query?.shape ?? {});
  return fc
    .record({ name: hostileKey, value: hostileString.filter((v) => v.length <= 2_000) })
    .filter(({ name }) => !documented.includes(name))
    .map(({ name, value }) => ({ query: new URLSearchParams([[name, value]]).toString(), field: name }));
}

// ------------------------------------------------------------------ requests

function urlOf(endpoint: Endpoint, params: Record<string, string>, query = "") {
  const path = endpoint.path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => params[name] ?? encodeURIComponent(PARAM_VALUES[name]!),
  );
  return query ? `${path}?${query}` : path;
}

async function send(
  client: APIRequestContext,
  endpoint: Endpoint,
  url: string,
  body?: { data: string | Buffer; contentType: string },
): Promise<APIResponse> {
  const headers = body?.contentType ? { "content-type": body.contentType } : undefined;
  const data = body === undefined ? undefined : typeof body.data === "string" ? Buffer.from(body.data) : body.data;
  return client.fetch(url, { method: endpoint.method.toUpperCase(), headers, data, maxRedirects: 0 });
}

const json = (body: Json): RawBody => ({ data: JSON.stringify(body), contentType: "application/json" });

async function errorOf(response: APIResponse): Promise<{ error?: string; fieldErrors?: Record<string, string[]> }> {
  try {
    return await response.json();
  } catch {
    return {};
  }
}

/** A refusal that names `field`: among the fields at fault, and in the sentence. */
async function namesField(response: APIResponse, field: string): Promise<boolean> {
  const { error = "", fieldErrors = {} } = await errorOf(response);
  const fields = Object.keys(fieldErrors);
  return fields.some((f) => f === field || f.startsWith(`${field}.`)) && error.includes(field);
}

const describeRequest = (endpoint: Endpoint, url: string, body?: RawBody) =>
  `${endpoint.method.toUpperCase()} ${url.slice(0, 200)}${body ? ` [${body.contentType}] ${String(body.data).slice(0, 200)}` : ""}`;

// ------------------------------------------------------------------ the dump

async function dump(admin: APIRequestContext): Promise<Record<string, string[]>> {
  const response = await admin.get("/api/v1/admin/backup");
  expect(response.status()).toBe(200);
  const { tables } = (await response.json()) as { tables: Record<string, unknown[]> };
  // Row order is not guaranteed by jsonb_agg; the content is what must not change.
  return Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.map((r) => JSON.stringify(r)).sort()]));
}

/**
 * The download leaves out `session` and `verification` (credentials; db/queries/admin.ts),
 * which is also what a before/after comparison must leave out: the sign-ins of this spec
 * add sessions, and better-auth may refresh a session's expiry on any request. Every
 * other table, `sign_in_attempts` included, is compared: all sign-ins happen before the first dump.
 * `evidence_link_checks` and `mail_outbox` are compared differently (below): background work rewrites them on
 * its own schedule, whatever requests arrive. The link checker's rounds (server/link-checker.ts) re-probe links;
 * what no bad request may do is make it probe a link that no stored answer holds.
 */
function differences(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  const found: string[] = [];
  const storedAnswers = (before.answers ?? []).join("\n");
  for (const row of after.evidence_link_checks ?? []) {
    const { url } = JSON.parse(row) as { url: string };
    if (!storedAnswers.includes(JSON.stringify(url)))
      found.push(`evidence_link_checks: a link no answer holds, ${url}`);
  }
  // The mail sender delivers (or retries) messages other specs queued, updating their status and attempts on
  // its own schedule; what no bad request may do is queue a message or remove one.
  const messageIds = (dump: Record<string, string[]>) =>
    (dump.mail_outbox ?? []).map((row) => (JSON.parse(row) as { id: number }).id).sort((a, b) => a - b);
  if (JSON.stringify(messageIds(before)) !== JSON.stringify(messageIds(after)))
    found.push(`mail_outbox: messages before ${messageIds(before).join(",")}, after ${messageIds(after).join(",")}`);
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (table === "evidence_link_checks" || table === "mail_outbox") continue;
    const a = new Set(before[table] ?? []);
    const b = new Set(after[table] ?? []);
    const gone = [...a].filter((r) => !b.has(r));
    const added = [...b].filter((r) => !a.has(r));
    if (gone.length || added.length)
      found.push(
        `${table}: ${gone.length} rows changed or removed, ${added.length} added, e.g. ${(added[0] ?? gone[0])!.slice(0, 300)}`,
      );
  }
  return found;
}

// ------------------------------------------------------------------ the tests

test.describe.configure({ mode: "serial" });

test.describe("bad input", () => {
  let focal: APIRequestContext;
  let anonymous: APIRequestContext;
  let admin: APIRequestContext;
  let before: Record<string, string[]>;
  let baselines: Record<string, BodyBaseline>;
  let known: Set<string>;

  test.beforeAll(async ({ playwright }, testInfo) => {
    const { baseURL } = testInfo.project.use;
    const newClient = () => playwright.request.newContext({ baseURL });
    [focal, anonymous, admin] = [await newClient(), await newClient(), await newClient()];
    await apiSignIn(focal, FOCAL_POINT);
    await apiSignIn(admin, ADMIN);
    const current = (await (await focal.get(`/api/v1/assessments/${OWN}/${OPEN_CYCLE}`)).json()) as {
      version: number;
      answers: { questionId: string; value: string | null }[];
    };
    baselines = bodyBaselines(current.version, current.answers.find((a) => a.questionId === QUESTION)?.value ?? null);
    const framework = (await (await focal.get("/api/v1/framework")).json()) as {
      questions: { id: string; options: { value: string }[] }[];
    };
    known = new Set(framework.questions.flatMap((q) => [q.id, ...q.options.map((o) => o.value)]));
    before = await dump(admin);
  });

  test.afterAll(async () => {
    await Promise.all([focal, anonymous, admin].map((c) => c?.dispose()));
  });

  test("every endpoint with a body has baselines to mutate, and they are valid", () => {
    const withBody = ENDPOINTS.filter((e) => e.body).map(key);
    expect(Object.keys(baselines).sort()).toEqual(withBody.sort());
    for (const e of ENDPOINTS.filter((e) => e.body)) {
      expect(e.body!.safeParse(baselines[key(e)]!.valid).success, key(e)).toBe(true);
      expect(e.body!.safeParse(baselines[key(e)]!.inert).success, key(e)).toBe(true);
    }
    for (const e of ENDPOINTS.filter((e) => e.params))
      for (const name of Object.keys(e.params!.shape)) expect(PARAM_VALUES, `${key(e)}: ${name}`).toHaveProperty(name);
  });

  for (const endpoint of ENDPOINTS) {
    test(`${endpoint.method.toUpperCase()} ${endpoint.path}: hostile input gets a 4xx naming the field, never a 5xx`, async () => {
      test.setTimeout(180_000);
      const baseline = baselines[key(endpoint)];
      // Bodiless mutating endpoints read another state's path: a focal point is refused there whatever the body.
      const bodilessPath: Record<string, string> = endpoint.method !== "get" && !endpoint.body ? { iso3: OTHER } : {};
      const inert = baseline ? json(baseline.inert) : undefined;
      // A BDT-only route refuses a focal point before it reads the body (403): its bodies are sent by the
      // administrator, who may act there; the focal point's draft makes every valid body a 409, never a write.
      const bodySender = endpoint.access === "analyst or admin" || endpoint.access === "admin" ? admin : focal;
      const options = (runs: number) => ({ seed: SEED, numRuns: runs, endOnFailure: true });
      const check = async (ok: boolean, what: string, response: APIResponse) => {
        if (!ok) {
          const text = (await response.text()).slice(0, 500);
          throw new Error(`${what}\n→ ${response.status()} ${text}\n(seed ${SEED})`);
        }
      };

      for (const name of Object.keys(endpoint.params?.shape ?? {})) {
        await fc.assert(
          fc.asyncProperty(hostileParams(endpoint, name), async ({ raw, field }) => {
            const url = urlOf(endpoint, { [name]: raw });
            const response = await send(focal, endpoint, url, inert);
            const status = response.status();
            await check(status >= 400 && status < 500, `${describeRequest(endpoint, url)}: expected a 4xx`, response);
            if (status === 400)
              await check(await namesField(response, field), `${url}: the 400 does not name ${field}`, response);
          }),
          options(RUNS.param),
        );
      }

      if (endpoint.query) {
        await fc.assert(
          fc.asyncProperty(hostileQuery(endpoint), async ({ query, field }) => {
            const url = urlOf(endpoint, {}, query);
            const response = await send(focal, endpoint, url, inert);
            await check(response.status() === 400, `${describeRequest(endpoint, url)}: expected 400`, response);
            await check(await namesField(response, field), `${url}: the 400 does not name ${field}`, response);
          }),
          options(RUNS.query),
        );
      }

      // An unknown parameter, hostile or not, is a 400 that names it, as an unknown body field is.
      await fc.assert(
        fc.asyncProperty(unknownQuery(endpoint), async ({ query, field }) => {
          const url = urlOf(endpoint, bodilessPath, query);
          const response = await send(focal, endpoint, url, inert);
          await check(response.status() === 400, `${describeRequest(endpoint, url)}: expected 400`, response);
          await check(await namesField(response, field), `${url}: the 400 does not name ${field}`, response);
        }),
        options(RUNS.extraQuery),
      );

      if (endpoint.body) {
        const bodyCase = async ({ body, field, schemaInvalid }: BodyCase) => {
          const url = urlOf(endpoint, {});
          const raw = json(body);
          const response = await send(bodySender, endpoint, url, raw);
          const status = response.status();
          const what = describeRequest(endpoint, url, raw);
          if (schemaInvalid) await check(status === 400, `${what}: expected 400`, response);
          else await check(status >= 400 && status < 500, `${what}: expected a 4xx`, response);
          if (status === 400)
            await check(await namesField(response, field), `${what}: the 400 does not name ${field}`, response);
        };
        for (const unstorable of unstorableCases(baseline!.valid)) await bodyCase(unstorable);
        await fc.assert(fc.asyncProperty(bodyCases(endpoint, baseline!.valid, known), bodyCase), options(RUNS.body));
      }

      if (endpoint.method !== "get") {
        await fc.assert(
          fc.asyncProperty(wholeBodies, async (raw) => {
            const url = urlOf(endpoint, bodilessPath);
            const response = await send(endpoint.body ? bodySender : focal, endpoint, url, raw);
            const status = response.status();
            const what = describeRequest(endpoint, url, raw);
            await check(status >= 400 && status < 500, `${what}: expected a 4xx`, response);
            if (endpoint.body) {
              const { error = "", fieldErrors = {} } = await errorOf(response);
              const named = status === 415 ? "Content-Type" in fieldErrors : /body|file|JSON/.test(error);
              await check(
                [400, 415].includes(status) && named,
                `${what}: expected a 400 or 415 naming the body`,
                response,
              );
            }
          }),
          options(RUNS.wholeBody),
        );
      }

      // Without a session: refused (or, on public endpoints, judged the same way), never a 5xx.
      await fc.assert(
        fc.asyncProperty(
          fc.option(wholeBodies, { nil: undefined }),
          fc.option(extraQuery, { nil: undefined }),
          async (raw, query) => {
            const url = urlOf(endpoint, bodilessPath, query);
            const response = await send(anonymous, endpoint, url, endpoint.method === "get" ? undefined : raw);
            const status = response.status();
            const expected = endpoint.access === "public" ? status < 500 : status === 401;
            await check(
              expected,
              `anonymous ${describeRequest(endpoint, url, raw)}: expected ${endpoint.access === "public" ? "no 5xx" : "401"}`,
              response,
            );
          },
        ),
        options(RUNS.anonymous),
      );
    });
  }

  test("a body over 1 MB gets 413 from every endpoint that takes one, declared or streamed", async ({ baseURL }) => {
    const huge = JSON.stringify({ padding: "x".repeat(1024 * 1024) });
    // Uploads have their own limit (20 MB a file): e2e/evidence.spec.ts sends them more than that.
    for (const endpoint of ENDPOINTS.filter((e) => e.method !== "get" && !e.upload)) {
      for (const [who, client] of [
        ["focal point", focal],
        ["anonymous", anonymous],
      ] as const) {
        const url = urlOf(endpoint, endpoint.body ? {} : { iso3: OTHER });
        const response = await send(client, endpoint, url, { data: huge, contentType: "application/json" });
        expect(response.status(), `${who}: ${endpoint.method} ${url}`).toBe(413);
        expect((await errorOf(response)).error).toContain("larger than 1048576 bytes");
      }
    }
    // Without Content-Length (chunked), the body is counted as it arrives and cut off at the limit.
    const cookieOf = async (client: APIRequestContext) =>
      (await client.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    // A BDT-only route refuses a focal point before it reads the body: the administrator streams to those.
    const cookies = { focal: await cookieOf(focal), admin: await cookieOf(admin) };
    for (const endpoint of ENDPOINTS.filter((e) => e.body)) {
      const cookie =
        endpoint.access === "analyst or admin" || endpoint.access === "admin" ? cookies.admin : cookies.focal;
      const chunks = [huge.slice(0, 600_000), huge.slice(600_000)];
      const stream = new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(chunk));
        },
      });
      const response = await fetch(new URL(urlOf(endpoint, {}), baseURL), {
        method: endpoint.method.toUpperCase(),
        headers: { "content-type": "application/json", cookie },
        body: stream,
        duplex: "half",
      } as RequestInit);
      expect(response.status, `streamed: ${endpoint.method} ${endpoint.path}`).toBe(413);
    }
  });

  test("a body over 1 MB sent to a page, or to a path no route serves, gets 413 in the page's language", async ({
    baseURL,
  }) => {
    // The finding: a 22 MB form posted to a page was taken for a server action and failed with a 500.
    const form = { file: { name: "big.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(22 << 20) } };
    const message = (locale: Locale) => errorMessage(locale, "too_large.body", { limit: MAX_BODY_BYTES });
    const paths: [string, Locale][] = [
      [`/en/assessment`, "en"],
      [`/fr/states/${OWN}/${OPEN_CYCLE}`, "fr"],
      ["/ar/no-such-page", "ar"],
      ["/no-such-file.txt", "en"],
      ["/", "en"],
    ];
    for (const [path, locale] of paths) {
      const response = await focal.post(path, { multipart: form, maxRedirects: 0 });
      expect(response.status(), path).toBe(413);
      expect(await response.text(), path).toBe(`${message(locale)} (too_large.body)`);
    }
    const api = await anonymous.post("/api/no-such-endpoint", { multipart: form });
    expect(api.status()).toBe(413);
    expect(await api.json()).toEqual({ code: "too_large.body", error: message("en") });

    // Without Content-Length (chunked): counted as it arrives, refused once past the limit.
    const boundary = "----res45";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n`;
    for (const [path, locale] of paths) {
      const chunks = [new TextEncoder().encode(head), new Uint8Array(700_000), new Uint8Array(700_000)];
      const stream = new ReadableStream({
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk === undefined) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const response = await fetch(new URL(path, baseURL), {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body: stream,
        duplex: "half",
        redirect: "manual",
      } as RequestInit);
      expect(response.status, `streamed: ${path}`).toBe(413);
      expect(await response.text(), `streamed: ${path}`).toBe(`${message(locale)} (too_large.body)`);
    }
  });

  test("after all of it, the database is unchanged", async () => {
    expect(differences(before, await dump(admin))).toEqual([]);
  });

  test("text is rendered as text: a note with markup shows as typed and runs nothing", async ({ page }) => {
    const url = `/api/v1/assessments/${OWN}/${OPEN_CYCLE}`;
    const current = (await (await focal.get(url)).json()) as {
      version: number;
      answers: { questionId: string; value: string | null; note: string }[];
    };
    const answer = current.answers.find((a) => a.questionId === QUESTION);
    const [value, previous] = [answer?.value ?? null, answer?.note ?? ""];
    const note = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> & "quotes" '; DROP TABLE answers; --`;
    const saved = await focal.patch(url, {
      data: { version: current.version, answers: [{ questionId: QUESTION, value, note }] },
    });
    expect(saved.status()).toBe(200);
    const { version } = (await saved.json()) as { version: number };
    try {
      await page.context().addCookies((await focal.storageState()).cookies);
      await page.goto(`/states/${OWN}/${OPEN_CYCLE}/audit`);
      await expect(page.getByText(note).first()).toBeVisible();
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await page.goto("/assessment");
      await expect(page.locator(`#${QUESTION}-note`)).toHaveValue(note);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    } finally {
      const restored = await focal.patch(url, {
        data: { version, answers: [{ questionId: QUESTION, value, note: previous }] },
      });
      expect(restored.status()).toBe(200);
    }
  });
});
