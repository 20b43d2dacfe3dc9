import type { Route } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";

export default async function Home() {
  const viewer = await requireViewer();
  redirect((viewer.role === "USER" ? "/me/notifications" : "/dashboard") as Route);
}
