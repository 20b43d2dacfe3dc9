// What an empty database gets on first start: the demo data (the default, for trying Herald), or, for a
// real deployment (HERALD_DEMO_DATA=false), only the first administrator, named by the environment:
//   HERALD_ADMIN_EMAIL, HERALD_ADMIN_PASSWORD (≥ 12 characters), HERALD_ADMIN_NAME (optional).
// Read here rather than in lib/env.ts: the launcher seeds before DATABASE_URL is settled.
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/schemas";

export type SeedOptions =
  { demo: true } | { demo: false; admin?: { email: string; password: string; name: string } };

const flag = z.enum(["true", "false", "1", "0"]).optional();

const adminSchema = z.object({
  email: z.string().trim().toLowerCase().email({ message: "HERALD_ADMIN_EMAIL must be an e-mail address" }),
  password: passwordSchema,
  name: z.string().trim().min(1).max(120),
});

/** The seed's options from the environment; throws a message naming the variable at fault. */
export function seedOptionsFromEnv(source: Record<string, string | undefined>): SeedOptions {
  const demo = flag.safeParse(source.HERALD_DEMO_DATA);
  if (!demo.success) throw new Error("HERALD_DEMO_DATA must be true or false");
  if (demo.data !== "false" && demo.data !== "0") return { demo: true };
  if (!source.HERALD_ADMIN_EMAIL && !source.HERALD_ADMIN_PASSWORD) return { demo: false };
  const admin = adminSchema.safeParse({
    email: source.HERALD_ADMIN_EMAIL,
    password: source.HERALD_ADMIN_PASSWORD,
    name: source.HERALD_ADMIN_NAME || "Administrator",
  });
  if (!admin.success) {
    const field = admin.error.issues[0]?.path[0];
    throw new Error(
      field === "password"
        ? "HERALD_ADMIN_PASSWORD must be 12 to 256 characters"
        : field === "name"
          ? "HERALD_ADMIN_NAME must be 1 to 120 characters"
          : "HERALD_ADMIN_EMAIL must be an e-mail address",
    );
  }
  return { demo: false, admin: admin.data };
}
