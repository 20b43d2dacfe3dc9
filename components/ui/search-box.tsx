"use client";

import { Search } from "lucide-react";
import { useEffect, useRef, useState, type Ref } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const DEBOUNCE_MS = 300;

interface SearchBoxProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onSearch: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled search field that reports what was typed once the typing pauses (and at once on Enter). */
export function SearchBox({ id, label, placeholder, value, onSearch, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(value);
  // Follow `value` when it changes from outside (clear filters, back button), not when it merely
  // catches up with what was typed here.
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setText(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (next: string) => {
    setSent(next);
    onSearch(next);
  };

  return (
    <div className="grid min-w-0 flex-1 gap-1.5 sm:max-w-sm">
      <Label htmlFor={id} className="sr-only">
        {label}
      </Label>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <Input
          ref={inputRef}
          id={id}
          name="q"
          type="search"
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          className="pl-8"
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => search(next.trim()), DEBOUNCE_MS);
          }}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            clearTimeout(timer.current);
            search(text.trim());
          }}
        />
      </div>
    </div>
  );
}
