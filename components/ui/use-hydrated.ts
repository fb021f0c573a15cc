"use client";
// true once React has hydrated in the browser, false during server render and
// hydration: an external store that never changes, read differently on each side.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
