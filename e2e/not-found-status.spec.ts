import { expect, test } from "./fixtures";

// A detail page for something that does not exist must answer a real 404, not a 200 whose streamed
// body says "not found": a loading boundary above the page (the list's, or the page's own) flushes a
// 200 before the page can call notFound(). Each route is asked with an id nobody has and with one that
// cannot be an id at all.
const UNKNOWN_UUID = "0b7e6a52-3c1f-4d7e-9a55-2f0c8e4b1d99";
const MALFORMED_ID = "not-a-uuid";

const adminRoutes = [
  (id: string) => `/history/${id}`,
  (id: string) => `/events/${id}`,
  (id: string) => `/mailbox/${id}`,
  (id: string) => `/contacts/${id}`,
  (id: string) => `/users/${id}`,
  (id: string) => `/users/${id}/edit`,
  (id: string) => `/users/${id}/subscriptions`,
  (id: string) => `/groups/${id}`,
  (id: string) => `/groups/${id}/subscriptions`,
];

const keyRoutes = [(key: string) => `/catalog/${key}`, (key: string) => `/templates/${key}`];

test.describe("[not-found]", () => {
  test("[not-found] an ADMIN gets a 404 status for an unknown or malformed id on every detail page", async ({
    adminPage: page,
  }) => {
    const paths = [
      ...adminRoutes.flatMap((route) => [route(UNKNOWN_UUID), route(MALFORMED_ID)]),
      ...keyRoutes.flatMap((route) => [route("no-such.type"), route("Not_A-Key!")]),
    ];
    // Every status at once, so a failure names every route that is wrong.
    const statuses: Record<string, number | undefined> = {};
    for (const path of paths) statuses[path] = (await page.goto(path))?.status();
    expect(statuses).toEqual(Object.fromEntries(paths.map((path) => [path, 404])));
  });

  test("[not-found] a USER gets a 404 status for an unknown or malformed received e-mail", async ({
    userPage: page,
  }) => {
    for (const id of [UNKNOWN_UUID, MALFORMED_ID]) {
      const path = `/me/notifications/received/${id}`;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});
