import { buildOpenApiDocument } from "@/lib/api/openapi";
import { route } from "../../_lib/route";

export const GET = route(async () => buildOpenApiDocument());
