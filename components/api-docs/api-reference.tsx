import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { scopeMessageKey } from "@/components/api-keys/scope-key";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { API_BASE_PATH, inlineRefs, type OpenApiDocument, type OperationObject } from "@/lib/api/openapi";
import { apiScopes } from "@/lib/api-keys/scopes";
import { MethodBadge } from "./method-badge";
import { OperationCard } from "./operation-card";
import { SchemaBlock } from "./schema-block";

interface Entry {
  path: string;
  method: string;
  operation: OperationObject;
}

function byTag(document: OpenApiDocument): [string, Entry[]][] {
  const groups = new Map<string, Entry[]>(document.tags.map((tag) => [tag.name, []]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const tag of operation.tags) {
        if (!groups.has(tag)) groups.set(tag, []);
        groups.get(tag)?.push({ path, method, operation });
      }
    }
  }
  return [...groups.entries()].filter(([, entries]) => entries.length > 0);
}

const tagId = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** The OpenAPI document, rendered: contents by tag, authentication, errors, then every operation. */
export async function ApiReference({ document, origin }: { document: OpenApiDocument; origin: string }) {
  const t = await getTranslations("apiKeys");
  const groups = byTag(document);
  // Tags are the document's English names; the page names them in the reader's language when it can.
  const tagName = (tag: string) => (t.has(`docs.tags.${tag}`) ? t(`docs.tags.${tag}`) : tag);
  const errorStatuses = Object.entries(document.components.responses);

  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <nav
        aria-label={t("docs.contents")}
        className="lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:self-start lg:overflow-y-auto"
      >
        <p className="mb-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">
          {t("docs.contents")}
        </p>
        <ul className="grid gap-3 text-sm">
          {groups.map(([tag, entries]) => (
            <li key={tag} className="grid gap-1">
              <a href={`#${tagId(tag)}`} className="font-medium hover:underline">
                {tagName(tag)}
              </a>
              <ul className="grid gap-0.5">
                {entries.map(({ path, method, operation }) => (
                  <li key={operation.operationId}>
                    <a
                      href={`#${operation.operationId}`}
                      className="flex items-start gap-2 rounded px-1 py-1 text-muted-foreground hover:bg-accent hover:text-accent-foreground"
                    >
                      <MethodBadge method={method} className="w-12 shrink-0" />
                      <span className="min-w-0 font-mono text-xs">
                        {/* Break long paths after a slash, never inside a segment. */}
                        {path.split(/(?<=\/)/).map((segment, index) => (
                          <Fragment key={index}>
                            {index > 0 ? <wbr /> : null}
                            {segment}
                          </Fragment>
                        ))}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#errors" className="font-medium hover:underline">
              {t("docs.errors")}
            </a>
          </li>
        </ul>
      </nav>

      <div className="grid min-w-0 gap-8">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("docs.authentication")}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-4 text-sm">
            <p className="text-muted-foreground">{t("docs.authHelp")}</p>
            <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
              <dt className="text-muted-foreground">{t("docs.baseUrl")}</dt>
              <dd>
                <code className="font-mono text-xs break-all">
                  {origin.replace(/\/$/, "")}
                  {API_BASE_PATH}
                </code>
              </dd>
              <dt className="text-muted-foreground">Authorization</dt>
              <dd>
                <code className="font-mono text-xs">Bearer hk_…</code>
              </dd>
              <dt className="text-muted-foreground">{t("docs.scopes")}</dt>
              <dd>
                <ul className="grid gap-1">
                  {apiScopes.map((scope) => (
                    <li key={scope} className="flex flex-wrap gap-x-2">
                      <code className="font-mono text-xs font-semibold">{scope}</code>
                      <span className="text-muted-foreground">
                        {t(`scopes.${scopeMessageKey(scope)}.description`)}
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </CardContent>
        </Card>

        {groups.length === 0 ? <EmptyState title={t("docs.empty")} /> : null}
        {groups.map(([tag, entries]) => (
          <section
            key={tag}
            id={tagId(tag)}
            aria-labelledby={`${tagId(tag)}-title`}
            className="grid scroll-mt-20 gap-4"
          >
            <h2 id={`${tagId(tag)}-title`} className="text-xl font-semibold tracking-tight">
              {tagName(tag)}
            </h2>
            {entries.map(({ path, method, operation }) => (
              <OperationCard
                key={operation.operationId}
                document={document}
                path={path}
                method={method}
                operation={operation}
                origin={origin}
              />
            ))}
          </section>
        ))}

        <section id="errors" aria-labelledby="errors-title" className="grid scroll-mt-20 gap-4">
          <h2 id="errors-title" className="text-xl font-semibold tracking-tight">
            {t("docs.errors")}
          </h2>
          <Card>
            <CardContent className="grid gap-4 text-sm">
              <p className="text-muted-foreground">{t("docs.errorsHelp")}</p>
              <ul className="grid gap-1">
                {errorStatuses.map(([name, response]) => (
                  <li key={name} className="flex flex-wrap gap-x-3">
                    <code className="w-44 font-mono font-semibold">{name}</code>
                    <span className="text-muted-foreground">{response.description}</span>
                  </li>
                ))}
              </ul>
              <SchemaBlock
                title={t("docs.errorSchema")}
                schema={inlineRefs(document.components.schemas.Error, document)}
                open
              />
            </CardContent>
          </Card>
        </section>
      </div>
    </div>
  );
}
