import { KeyRound, Globe } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import {
  API_BASE_PATH,
  inlineRefs,
  type OpenApiDocument,
  type OperationObject,
  type ResponseObject,
} from "@/lib/api/openapi";
import { CodeText } from "./code-text";
import { MethodBadge } from "./method-badge";
import { ParametersTable } from "./parameters-table";
import { curlExample } from "./reference-text";
import { SchemaBlock } from "./schema-block";

interface Props {
  document: OpenApiDocument;
  path: string;
  method: string;
  operation: OperationObject;
  origin: string;
}

export async function OperationCard({ document, path, method, operation, origin }: Props) {
  const t = await getTranslations("apiKeys.docs");
  const tCopy = await getTranslations("apiKeys.copy");
  const scope = operation["x-herald-scope"];
  const responses = Object.entries(operation.responses).map(
    ([status, response]) => [status, inlineRefs(response, document) as ResponseObject] as const,
  );
  const success = responses.find(([status]) => status.startsWith("2"));
  const example = curlExample(origin, API_BASE_PATH, path, method, operation);
  const headingId = `${operation.operationId}-title`;

  return (
    <Card id={operation.operationId} aria-labelledby={headingId} className="scroll-mt-20 gap-4" role="region">
      <CardHeader className="gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <MethodBadge method={method} />
          <code className="font-mono text-sm font-semibold break-all">
            {API_BASE_PATH}
            {path}
          </code>
          {scope ? (
            <Badge variant="outline" className="font-mono">
              <KeyRound aria-hidden />
              {t("requiresScope", { scope })}
            </Badge>
          ) : (
            <Badge variant="outline">
              <Globe aria-hidden />
              {t("public")}
            </Badge>
          )}
        </div>
        <h3 id={headingId} className="text-lg font-semibold">
          {/* The document's summaries are English; other languages translate them by operationId. */}
          {t.has(`summaries.${operation.operationId}`)
            ? t(`summaries.${operation.operationId}`)
            : operation.summary}
        </h3>
        {operation.description ? (
          <div className="grid gap-2 text-sm text-muted-foreground">
            {operation.description.split("\n\n").map((paragraph) => (
              <p key={paragraph}>
                <CodeText text={paragraph} />
              </p>
            ))}
          </div>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-5">
        <section className="grid gap-2">
          <h4 className="text-sm font-semibold">{t("parameters")}</h4>
          <ParametersTable parameters={operation.parameters} />
        </section>
        {operation.requestBody ? (
          <SchemaBlock
            title={t("requestBody")}
            schema={inlineRefs(operation.requestBody.content["application/json"]?.schema, document)}
            open
          />
        ) : null}
        <section className="grid gap-2">
          <h4 className="text-sm font-semibold">{t("responses")}</h4>
          <ul className="grid gap-1 text-sm">
            {responses.map(([status, response]) => (
              <li key={status} className="flex gap-3">
                <code
                  className={
                    status.startsWith("2")
                      ? "font-mono font-semibold text-success"
                      : "font-mono font-semibold text-muted-foreground"
                  }
                >
                  {status}
                </code>
                <span>
                  <CodeText text={response.description} />
                </span>
              </li>
            ))}
          </ul>
          {success ? (
            <SchemaBlock
              title={t("responseSchema", { status: success[0] })}
              schema={success[1].content?.["application/json"]?.schema}
            />
          ) : null}
        </section>
        <section className="grid gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="text-sm font-semibold">{t("example")}</h4>
            <CopyButton
              value={example}
              label={t("copyExample")}
              copiedMessage={tCopy("copied")}
              failedMessage={tCopy("failed")}
              variant="ghost"
            />
          </div>
          <pre
            className="overflow-x-auto rounded-md border bg-muted/40 px-3 py-2 font-mono text-xs leading-relaxed [contain:inline-size]"
            tabIndex={0}
          >
            {example}
          </pre>
        </section>
      </CardContent>
    </Card>
  );
}
