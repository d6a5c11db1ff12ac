import http from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/** What the provider says about a person: their address, whether it verified it, and any other claim. */
export interface IdentityClaims {
  email: string;
  email_verified: boolean;
  name?: string;
  /** A claim this application must ignore: roles stay in the application. */
  role?: string;
}

export const OIDC_CLIENT_ID = "res45-e2e";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) for e2e/sso.spec.ts, on the port the e2e server
 * signs in with (E2E_OIDC_PORT, with the client secret E2E_OIDC_CLIENT_SECRET, both chosen by
 * playwright.config.ts). One confidential client, the app's callback as its only redirect URI, PKCE required.
 * Its login page is a minimal form: the person types the account's id (the e-mail address); consent is given
 * at once. Every authorization request it receives is kept in `authorizationRequests`.
 */
export class IdentityProvider {
  readonly accounts = new Map<string, IdentityClaims>();
  readonly authorizationRequests: URLSearchParams[] = [];
  private server: http.Server | undefined;
  readonly issuer: string;

  constructor(
    private readonly port: number,
    private readonly appOrigin: string,
  ) {
    this.issuer = `http://127.0.0.1:${port}`;
  }

  async start() {
    const accounts = this.accounts;
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: OIDC_CLIENT_ID,
          client_secret: process.env.E2E_OIDC_CLIENT_SECRET ?? "res45-e2e-secret",
          redirect_uris: [`${this.appOrigin}/api/auth/callback/oidc`],
          grant_types: ["authorization_code"],
          response_types: ["code"],
          token_endpoint_auth_method: "client_secret_basic",
        },
      ],
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "role"] },
      async findAccount(_ctx: KoaContextWithOIDC, id: string) {
        const claims = accounts.get(id);
        if (!claims) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
      },
      // The client must send a PKCE challenge (S256, the only method allowed).
      pkce: { required: () => true },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      features: { devInteractions: { enabled: false } },
      cookies: { keys: ["res45-e2e-identity-provider"] },
    });
    const handle = provider.callback();
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? "/", this.issuer);
      if (url.pathname === "/auth") this.authorizationRequests.push(url.searchParams);
      if (!url.pathname.startsWith("/interaction/")) return void handle(req, res);
      this.interact(provider, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(this.port, "127.0.0.1", resolve);
    });
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The login form (the account's id, no password: this provider vouches for whoever the test says), then consent. */
  private async interact(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === "consent") {
      const grant = new provider.Grant({
        accountId: details.session!.accountId,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    if (req.method === "POST") {
      const login = new URLSearchParams(await body(req)).get("login") ?? "";
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><head><title>Test ID</title></head><body>
<h1>Test ID</h1>
<form method="post" action="/interaction/${details.uid}">
<label>Account <input name="login" type="email" required></label>
<button type="submit">Continue to the application</button>
</form></body></html>`);
  }
}

function body(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}
