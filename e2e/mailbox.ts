import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for the e-mail specs, on the port the e2e server sends to (E2E_SMTP_PORT, chosen by
 * playwright.config.ts): every message it takes is parsed and kept in `received`.
 */
export class Mailbox {
  readonly received: ParsedMail[] = [];
  private server: SMTPServer | undefined;

  constructor(private readonly port: number) {}

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      // Plain SMTP on the loopback address: no certificate to offer.
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(this.port, "127.0.0.1", () => resolve());
    });
  }

  async stop() {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address));
  }

  async waitFor(address: string, subject: string | RegExp, timeout = 30_000): Promise<ParsedMail> {
    let found: ParsedMail | undefined;
    await expect
      .poll(
        () =>
          (found = this.to(address).find((m) =>
            typeof subject === "string" ? m.subject === subject : subject.test(m.subject ?? ""),
          )),
        {
          timeout,
          message: `a message to ${address}`,
        },
      )
      .toBeTruthy();
    return found!;
  }
}
