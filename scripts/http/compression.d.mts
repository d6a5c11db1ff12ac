import type { IncomingMessage, ServerResponse } from "node:http";

export declare function acceptsGzip(acceptEncoding: string | string[] | undefined | null): boolean;
export declare function createCompression(): (request: IncomingMessage, response: ServerResponse) => void;
