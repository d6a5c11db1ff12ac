import { expect, test, type APIRequestContext } from "@playwright/test";
import { ENDPOINTS } from "../lib/api/openapi";
import { apiSignIn, OPEN_CYCLE } from "./helpers";

type Role = "anonymous" | "ownFocalPoint" | "ownContributor" | "otherFocalPoint" | "analyst" | "admin";
const ROLES: Role[] = ["anonymous", "ownFocalPoint", "ownContributor", "otherFocalPoint", "analyst", "admin"];
const ACCOUNTS: Record<Exclude<Role, "anonymous">, string> = {
  ownFocalPoint: "focal.ken@example.org",
  // Kenya's demo contributor has no question assigned (e2e/team.spec.ts assigns to a contributor of its own).
  ownContributor: "contributor.ken@example.org",
  otherFocalPoint: "focal.bra@example.org",
  analyst: "analyst@example.org",
  admin: "admin@example.org",
};

// Kenya's open-cycle assessment is a draft in the demo data: its answers belong to Kenya alone.
const STATE = "KEN";
const PREVIOUS = OPEN_CYCLE - 1;
const anotherStatesFile = {
  schema: "res45-readiness/assessment-answers@1",
  framework: { id: "res45-ba2017-v2", version: "2.0" },
  iso3: "BRA",
  cycle: OPEN_CYCLE,
  answers: [],
};

interface Row {
  /** Concrete request; mutating ones are built so that no role can change anything. */
  request: {
    method: "get" | "post" | "patch" | "delete";
    url: string;
    data?: unknown;
    multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
  };
  expect: Record<Role, number>;
}

const all = (status: number): Record<Role, number> => ({
  anonymous: status,
  ownFocalPoint: status,
  ownContributor: status,
  otherFocalPoint: status,
  analyst: status,
  admin: status,
});
const a = `/api/v1/assessments/${STATE}/${OPEN_CYCLE}`;
const plan = `/api/v1/plans/${STATE}/actions`;
// No document has this id (e2e/evidence.spec.ts checks who may read and delete real ones).
const NO_DOCUMENT = "00000000-0000-4000-8000-000000000000";

/** One row per documented endpoint ("METHOD path" as in the OpenAPI document). */
const MATRIX: Record<string, Row> = {
  "get /api/health": { request: { method: "get", url: "/api/health" }, expect: all(200) },
  "get /api/v1/member-states": { request: { method: "get", url: "/api/v1/member-states" }, expect: all(200) },
  "get /api/v1/cycles": { request: { method: "get", url: "/api/v1/cycles" }, expect: all(200) },
  "get /api/v1/framework": { request: { method: "get", url: "/api/v1/framework" }, expect: all(200) },
  "get /api/v1/framework/crosswalk": {
    request: { method: "get", url: "/api/v1/framework/crosswalk?from=res45-ba2017-v1&to=res45-ba2017-v2" },
    expect: all(200),
  },
  "post /api/v1/score": {
    request: { method: "post", url: "/api/v1/score", data: { framework: "res45-ba2017-v2", answers: [] } },
    expect: all(200),
  },
  "get /api/v1/openapi.json": { request: { method: "get", url: "/api/v1/openapi.json" }, expect: all(200) },
  "get /api/v1/assessments/{iso3}/{cycle}": {
    request: { method: "get", url: a },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "patch /api/v1/assessments/{iso3}/{cycle}": {
    request: {
      method: "patch",
      url: a,
      data: { version: 999999, answers: [{ questionId: "LEG-CYB-01", value: null }] },
    },
    expect: { anonymous: 401, ownFocalPoint: 409, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/submit": {
    request: { method: "post", url: `${a}/submit` },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/return": {
    request: { method: "post", url: `${a}/return`, data: { comments: [{ questionId: "LEG-CYB-01", text: "x" }] } },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 409, admin: 409 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/validate": {
    request: { method: "post", url: `${a}/validate` },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 409, admin: 409 },
  },
  // Kenya's draft is not under review: BDT's decision and the state's reply are both 409 conflict.not_in_review.
  "get /api/v1/assessments/{iso3}/{cycle}/reviews": {
    request: { method: "get", url: `${a}/reviews` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/answers/{questionId}/review": {
    request: { method: "post", url: `${a}/answers/LEG-CYB-01/review`, data: { decision: "accept" } },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 409, admin: 409 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/answers/{questionId}/reply": {
    request: { method: "post", url: `${a}/answers/LEG-CYB-01/reply`, data: { comment: "x" } },
    expect: { anonymous: 401, ownFocalPoint: 409, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  // Kenya's team: its focal point reads and manages it (an unknown account is 400 validation.assignee, an
  // unassigned question 404), nobody else; the draft's threads stay with Kenya (an empty comment is 400).
  "get /api/v1/assessments/{iso3}/{cycle}/assignments": {
    request: { method: "get", url: `${a}/assignments` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/assignments": {
    request: {
      method: "post",
      url: `${a}/assignments`,
      data: { userId: "no-such-account", questionIds: ["LEG-CYB-01"] },
    },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "delete /api/v1/assessments/{iso3}/{cycle}/assignments/{questionId}": {
    request: { method: "delete", url: `${a}/assignments/LEG-CYB-99` },
    expect: { anonymous: 401, ownFocalPoint: 404, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/assessments/{iso3}/{cycle}/questions/{questionId}/comments": {
    request: { method: "get", url: `${a}/questions/LEG-CYB-01/comments` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/questions/{questionId}/comments": {
    request: { method: "post", url: `${a}/questions/LEG-CYB-01/comments`, data: { body: "" } },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 400, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/assessments/{iso3}/{cycle}/audit": {
    request: { method: "get", url: `${a}/audit` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/assessments/{iso3}/{cycle}/link-checks": {
    request: { method: "get", url: `${a}/link-checks` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/assessments/{iso3}/{cycle}/answers.json": {
    request: { method: "get", url: `${a}/answers.json` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/assessments/{iso3}/{cycle}/answers.csv": {
    request: { method: "get", url: `${a}/answers.csv` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/import": {
    request: { method: "post", url: `${a}/import`, data: anotherStatesFile },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/assessments/{iso3}/{cycle}/evidence": {
    // A real PDF for a question the questionnaire does not have: the state's own focal point gets 400, nothing is stored.
    request: {
      method: "post",
      url: `${a}/evidence`,
      multipart: {
        questionId: "ZZZ-ZZ-99",
        title: "Nothing",
        file: { name: "nothing.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") },
      },
    },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/evidence/{id}": {
    request: { method: "get", url: `/api/v1/evidence/${NO_DOCUMENT}` },
    expect: { anonymous: 401, ownFocalPoint: 404, ownContributor: 404, otherFocalPoint: 404, analyst: 404, admin: 404 },
  },
  "delete /api/v1/evidence/{id}": {
    request: { method: "delete", url: `/api/v1/evidence/${NO_DOCUMENT}` },
    expect: { anonymous: 401, ownFocalPoint: 404, ownContributor: 404, otherFocalPoint: 404, analyst: 404, admin: 404 },
  },
  "get /api/v1/cycles/{cycle}/scores": {
    request: { method: "get", url: `/api/v1/cycles/${PREVIOUS}/scores` },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 200, admin: 200 },
  },
  "get /api/v1/cycles/{cycle}/scores.csv": {
    request: { method: "get", url: `/api/v1/cycles/${PREVIOUS}/scores.csv` },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 200, admin: 200 },
  },
  "get /api/v1/cycles/{cycle}/answers.csv": {
    request: { method: "get", url: `/api/v1/cycles/${PREVIOUS}/answers.csv` },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 200, admin: 200 },
  },
  "get /api/v1/plans/{iso3}/actions": {
    request: { method: "get", url: plan },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "post /api/v1/plans/{iso3}/actions": {
    // Well-formed, but no such question: the state's own focal point gets 400, so nothing is created.
    request: {
      method: "post",
      url: plan,
      data: { questionId: "ZZZ-ZZ-99", title: "Nothing", owner: "Nobody", targetDate: "2030-01-01", priority: "low" },
    },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "patch /api/v1/plans/{iso3}/actions/{id}": {
    request: {
      method: "patch",
      url: `${plan}/00000000-0000-4000-8000-000000000000`,
      data: { version: 1, status: "done" },
    },
    expect: { anonymous: 401, ownFocalPoint: 404, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/plans/{iso3}/actions.csv": {
    request: { method: "get", url: `${plan}.csv` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  "get /api/v1/admin/backup": {
    request: { method: "get", url: "/api/v1/admin/backup" },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 200 },
  },
  // The address already has an account: whoever may invite for Kenya gets 409, so nothing is sent.
  "post /api/v1/invitations": {
    request: {
      method: "post",
      url: "/api/v1/invitations",
      data: { email: "focal.ken@example.org", name: "Kenya focal point", role: "focal_point", iso3: "KEN" },
    },
    expect: { anonymous: 401, ownFocalPoint: 409, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 409 },
  },
  // Tokens are each user's own: every signed-in role lists its own (another's id is "not found").
  "get /api/v1/tokens": {
    request: { method: "get", url: "/api/v1/tokens" },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 200, analyst: 200, admin: 200 },
  },
  "post /api/v1/tokens": {
    // An empty name: every signed-in role gets 400, so no token is created.
    request: { method: "post", url: "/api/v1/tokens", data: { name: "" } },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 400, otherFocalPoint: 400, analyst: 400, admin: 400 },
  },
  "delete /api/v1/tokens/{id}": {
    request: { method: "delete", url: `/api/v1/tokens/${NO_DOCUMENT}` },
    expect: { anonymous: 401, ownFocalPoint: 404, ownContributor: 404, otherFocalPoint: 404, analyst: 404, admin: 404 },
  },
  // No account has this id: the administrator gets 404, so no factor is removed.
  "delete /api/v1/admin/accounts/{id}/two-factor": {
    request: { method: "delete", url: `/api/v1/admin/accounts/${NO_DOCUMENT}/two-factor` },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 404 },
  },
  // Publication (issue 20). The open cycle cannot be published (409): nothing changes.
  "get /api/v1/publication": {
    request: { method: "get", url: "/api/v1/publication" },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 200, admin: 200 },
  },
  "patch /api/v1/publication/{cycle}": {
    request: { method: "patch", url: `/api/v1/publication/${OPEN_CYCLE}`, data: { publishAt: null } },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 409, admin: 409 },
  },
  "get /api/v1/publication/{cycle}/consents/{iso3}": {
    request: { method: "get", url: `/api/v1/publication/${PREVIOUS}/consents/${STATE}` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 403, otherFocalPoint: 403, analyst: 200, admin: 200 },
  },
  // Kenya's open-cycle assessment is a draft: its own focal point gets 409 (nothing validated to publish).
  "patch /api/v1/publication/{cycle}/consents/{iso3}": {
    request: { method: "patch", url: `/api/v1/publication/${OPEN_CYCLE}/consents/${STATE}`, data: { consent: true } },
    expect: { anonymous: 401, ownFocalPoint: 409, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 403 },
  },
  // Open data: no sign-in. The demo data publishes its oldest closed cycle, Kenya consenting.
  "get /api/v1/public/cycles": { request: { method: "get", url: "/api/v1/public/cycles" }, expect: all(200) },
  "get /api/v1/public/cycles/{cycle}/scores": {
    request: { method: "get", url: `/api/v1/public/cycles/${OPEN_CYCLE - 2}/scores` },
    expect: all(200),
  },
  "get /api/v1/public/cycles/{cycle}/scores.csv": {
    request: { method: "get", url: `/api/v1/public/cycles/${OPEN_CYCLE - 2}/scores.csv` },
    expect: all(200),
  },
  "get /api/v1/public/profiles/{iso3}": {
    request: { method: "get", url: `/api/v1/public/profiles/${STATE}` },
    expect: all(200),
  },
  "get /api/v1/cycles/{cycle}/regions": {
    request: { method: "get", url: `/api/v1/cycles/${PREVIOUS}/regions` },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 200, analyst: 200, admin: 200 },
  },
  // A day that is not in the calendar: whoever may set deadlines gets 400, so nothing changes.
  "patch /api/v1/cycles/{cycle}/deadline": {
    request: { method: "patch", url: `/api/v1/cycles/${OPEN_CYCLE}/deadline`, data: { deadline: "2031-02-30" } },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 400 },
  },
  "patch /api/v1/cycles/{cycle}/deadlines/{iso3}": {
    request: {
      method: "patch",
      url: `/api/v1/cycles/${OPEN_CYCLE}/deadlines/${STATE}`,
      data: { deadline: "2031-02-30" },
    },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 400, admin: 400 },
  },
  // Both a state and a region: refused (400) before anything is sent.
  "post /api/v1/cycles/{cycle}/reminders": {
    request: {
      method: "post",
      url: `/api/v1/cycles/${OPEN_CYCLE}/reminders`,
      data: { iso3: STATE, region: "africa" },
    },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 400, admin: 400 },
  },
  // Runs what is due, once: a second run (by any role allowed) sends nothing again.
  "post /api/v1/admin/reminders/run": {
    request: { method: "post", url: "/api/v1/admin/reminders/run" },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 403, admin: 200 },
  },
  "get /api/v1/cycles/{cycle}/campaign": {
    request: { method: "get", url: `/api/v1/cycles/${OPEN_CYCLE}/campaign` },
    expect: { anonymous: 401, ownFocalPoint: 403, ownContributor: 403, otherFocalPoint: 403, analyst: 200, admin: 200 },
  },
  // The inbox and its settings are each person's own.
  "get /api/v1/notifications": {
    request: { method: "get", url: "/api/v1/notifications" },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 200, analyst: 200, admin: 200 },
  },
  "post /api/v1/notifications/read": {
    // No message has this id: nothing changes for anyone.
    request: { method: "post", url: "/api/v1/notifications/read", data: { ids: [2_000_000_000] } },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 200, analyst: 200, admin: 200 },
  },
  "get /api/v1/notifications/settings": {
    request: { method: "get", url: "/api/v1/notifications/settings" },
    expect: { anonymous: 401, ownFocalPoint: 200, ownContributor: 200, otherFocalPoint: 200, analyst: 200, admin: 200 },
  },
  "patch /api/v1/notifications/settings": {
    // A language the application does not have: 400 for everyone signed in, nothing stored.
    request: { method: "patch", url: "/api/v1/notifications/settings", data: { email: false, locale: "de" } },
    expect: { anonymous: 401, ownFocalPoint: 400, ownContributor: 400, otherFocalPoint: 400, analyst: 400, admin: 400 },
  },
};

test.describe("authorization matrix", () => {
  test("every documented endpoint has a row in the matrix", () => {
    const documented = ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(documented);
  });

  test("each role gets the expected answer from every endpoint, and no other state's answers", async ({
    playwright,
    baseURL,
  }) => {
    const clients = {} as Record<Role, APIRequestContext>;
    for (const role of ROLES) {
      clients[role] = await playwright.request.newContext({ baseURL });
      if (role !== "anonymous") await apiSignIn(clients[role], ACCOUNTS[role]);
    }
    const failures: string[] = [];
    for (const [endpoint, row] of Object.entries(MATRIX)) {
      for (const role of ROLES) {
        const { method, url, data, multipart } = row.request;
        const response = await clients[role][method](
          url,
          multipart ? { multipart } : data === undefined ? {} : { data },
        );
        if (response.status() !== row.expect[role])
          failures.push(`${endpoint} as ${role}: ${response.status()}, expected ${row.expect[role]}`);
        if (response.status() >= 400) {
          const body = await response.text();
          if (body.includes('"questionId"') && !body.includes("fieldErrors"))
            failures.push(`${endpoint} as ${role}: refusal carries answers`);
          const code = (JSON.parse(body) as { code?: unknown }).code;
          if (typeof code !== "string" || !/^[a-z_]+\.[a-z_]+$/.test(code))
            failures.push(`${endpoint} as ${role}: refusal without a stable code (${String(code)})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test("mutating requests from another origin are refused", async ({ request }) => {
    await apiSignIn(request, "focal.ken@example.org");
    const response = await request.patch(a, {
      headers: { origin: "https://attacker.example" },
      data: { version: 999999, answers: [{ questionId: "LEG-CYB-01", value: null }] },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toContain("Cross-origin");
  });
});
