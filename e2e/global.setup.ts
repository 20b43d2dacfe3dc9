import { test as setup } from "@playwright/test";
import { demoAdmin, demoAuditor, demoEmail, demoPasswords, demoUsers } from "@/prisma/seed/demo-data";
import { signInAs, storageStatePath } from "./helpers";

const logins = [
  { role: "admin", email: demoAdmin.email, password: demoPasswords.admin },
  { role: "auditor", email: demoAuditor.email, password: demoPasswords.auditor },
  { role: "user", email: demoEmail(demoUsers[0]!.name), password: demoPasswords.user },
] as const;

for (const login of logins) {
  setup(`sign in as the demo ${login.role}`, async ({ page }) => {
    await signInAs(page, login.email, login.password);
    await page.context().storageState({ path: storageStatePath(login.role) });
  });
}
