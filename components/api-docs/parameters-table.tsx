import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ParameterObject } from "@/lib/api/openapi";
import { CodeText } from "./code-text";
import { defaultValue, enumValues, schemaType } from "./reference-text";

export async function ParametersTable({ parameters }: { parameters: ParameterObject[] }) {
  const t = await getTranslations("apiKeys.docs");
  if (parameters.length === 0) return <p className="text-sm text-muted-foreground">{t("noParameters")}</p>;
  return (
    <div className="rounded-md border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("param.name")}</TableHead>
            <TableHead>{t("param.in")}</TableHead>
            <TableHead>{t("param.type")}</TableHead>
            <TableHead>{t("param.required")}</TableHead>
            <TableHead>{t("param.description")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {parameters.map((parameter) => {
            const values = enumValues(parameter.schema);
            const fallback = defaultValue(parameter);
            return (
              <TableRow key={`${parameter.in}:${parameter.name}`}>
                <TableCell className="align-top">
                  <code className="font-mono text-xs font-semibold">{parameter.name}</code>
                </TableCell>
                <TableCell className="align-top text-xs text-muted-foreground">{parameter.in}</TableCell>
                <TableCell className="min-w-40 align-top">
                  <span className="font-mono text-xs">{schemaType(parameter.schema)}</span>
                  {values.length > 0 ? (
                    <ul className="mt-1 flex max-w-80 flex-wrap gap-1">
                      {values.map((value) => (
                        <li key={value}>
                          <code className="rounded bg-muted px-1 py-0.5 font-mono text-[0.7rem]">
                            {value}
                          </code>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </TableCell>
                <TableCell className="align-top">
                  <Badge variant={parameter.required ? "secondary" : "outline"}>
                    {parameter.required ? t("requiredYes") : t("requiredNo")}
                  </Badge>
                </TableCell>
                <TableCell className="min-w-56 align-top text-sm whitespace-normal">
                  {parameter.description ? <CodeText text={parameter.description} /> : null}
                  {fallback ? (
                    <p className="mt-1 text-xs text-muted-foreground">
                      {t("defaultValue", { value: fallback })}
                    </p>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
