"use client";

import { useQuery } from "@tanstack/react-query";
import { Mail, Plus, UserRound, X } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useDebouncedValue } from "@/components/templates/use-debounced-value";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { fetchJson } from "@/lib/query/fetch-json";

export type ExtraRecipient =
  { kind: "user"; userId: string; name: string; email: string } | { kind: "email"; email: string };

interface SearchOption {
  kind: "user" | "group";
  id: string;
  name: string;
  detail: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** People the event names besides the subscribers: users found by name or e-mail, or any address. */
export function RecipientsPicker({
  value,
  onChange,
}: {
  value: ExtraRecipient[];
  onChange: (value: ExtraRecipient[]) => void;
}) {
  const t = useTranslations("dispatch.recipients");
  const [query, setQuery] = useState("");
  const [address, setAddress] = useState("");
  const [addressError, setAddressError] = useState<string | null>(null);
  const q = useDebouncedValue(query.trim(), 250);
  const search = useQuery({
    queryKey: ["dispatch", "user-search", q] as const,
    queryFn: ({ signal }) =>
      fetchJson<{ options: SearchOption[] }>(
        `/api/internal/subscriptions/search?q=${encodeURIComponent(q)}`,
        {
          signal,
        },
      ),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const chosen = new Set(value.map((item) => (item.kind === "user" ? item.userId : item.email)));
  const users = (search.data?.options ?? []).filter(
    (option) => option.kind === "user" && !chosen.has(option.id),
  );

  function addAddress() {
    const email = address.trim().toLowerCase();
    if (!EMAIL.test(email)) {
      setAddressError(t("invalidEmail"));
      return;
    }
    setAddressError(null);
    if (!chosen.has(email)) onChange([...value, { kind: "email", email }]);
    setAddress("");
  }

  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <Label htmlFor="dispatch-user-search">{t("searchUsers")}</Label>
        <Input
          id="dispatch-user-search"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
          autoComplete="off"
        />
        {q.length >= 2 ? (
          <ul
            className="grid max-h-48 gap-1 overflow-auto"
            aria-label={t("searchResults")}
            aria-live="polite"
          >
            {users.length === 0 && !search.isFetching ? (
              <li className="text-sm text-muted-foreground">{t("noUsers")}</li>
            ) : null}
            {users.map((user) => (
              <li key={user.id} className="flex items-center justify-between gap-2 text-sm">
                <span className="min-w-0 truncate">
                  {user.name} <span className="text-muted-foreground">{user.detail}</span>
                </span>
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  onClick={() =>
                    onChange([
                      ...value,
                      { kind: "user", userId: user.id, name: user.name, email: user.detail ?? "" },
                    ])
                  }
                  aria-label={t("addUser", { name: user.name })}
                >
                  <Plus aria-hidden />
                  {t("add")}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="grid gap-2">
        <Label htmlFor="dispatch-address">{t("address")}</Label>
        <div className="flex gap-2">
          <Input
            id="dispatch-address"
            type="email"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addAddress();
              }
            }}
            placeholder="name@example.com"
            maxLength={254}
            aria-invalid={addressError ? true : undefined}
            aria-describedby="dispatch-address-error"
          />
          <Button type="button" variant="outline" onClick={addAddress} data-testid="add-address">
            <Plus aria-hidden />
            {t("add")}
          </Button>
        </div>
        <p
          id="dispatch-address-error"
          aria-live="polite"
          className="text-xs font-medium text-destructive empty:hidden"
        >
          {addressError}
        </p>
      </div>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosen")} data-testid="extra-recipients">
          {value.map((item) => {
            const key = item.kind === "user" ? item.userId : item.email;
            const label = item.kind === "user" ? `${item.name} <${item.email}>` : item.email;
            return (
              <li
                key={key}
                className="flex items-center gap-1 rounded-full border bg-muted/40 py-0.5 pr-1 pl-2 text-xs"
              >
                {item.kind === "user" ? (
                  <UserRound aria-hidden className="size-3" />
                ) : (
                  <Mail aria-hidden className="size-3" />
                )}
                <span>{label}</span>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="size-5"
                  onClick={() => onChange(value.filter((other) => other !== item))}
                  aria-label={t("remove", { name: label })}
                >
                  <X aria-hidden className="size-3" />
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
