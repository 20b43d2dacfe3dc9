import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInLanguages } from "@/components/i18n/sign-in-languages";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getViewer } from "@/lib/auth/viewer";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; passwordChanged?: string }>;
}) {
  if (await getViewer()) redirect("/");
  const { callbackUrl, passwordChanged } = await searchParams;
  const t = await getTranslations("auth.signIn");
  return (
    <>
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle as="div">
            <h1>{t("title")}</h1>
          </CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm callbackUrl={callbackUrl} notice={passwordChanged ? t("passwordChanged") : undefined} />
        </CardContent>
      </Card>
      <SignInLanguages />
    </>
  );
}
