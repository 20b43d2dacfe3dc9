// The 24 local hours a daily digest can be sent at, and how they are shown. Pure.
export const digestHours: readonly number[] = Array.from({ length: 24 }, (_, hour) => hour);
export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
