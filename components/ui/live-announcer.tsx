"use client";

import * as React from "react";

type Announce = (message: string) => void;

const AnnouncerContext = React.createContext<Announce | null>(null);

/**
 * One polite live region for the whole shell. Messages about something that just finished (a dialog
 * that closed, a row that went away) are announced here, because the component that knew about them
 * may unmount before a screen reader reads a region of its own.
 */
function LiveAnnouncer({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = React.useState("");
  const announce = React.useCallback<Announce>((next) => {
    // Clear first, so the same message twice in a row is announced twice.
    setMessage("");
    requestAnimationFrame(() => setMessage(next));
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

/** The shell's `announce`, or null outside a `LiveAnnouncer` (the caller then shows its own region). */
function useAnnounce(): Announce | null {
  return React.useContext(AnnouncerContext);
}

export { LiveAnnouncer, useAnnounce };
