import { describe, expect, it } from "vitest";
import { loader as provincesLoader } from "../../app/routes/api.provinces";
import { loader as regionsLoader } from "../../app/routes/api.regions";
import { loader as spbeLoader } from "../../app/routes/api.spbe";

type Args = Parameters<typeof regionsLoader>[0];

function call(
  loader: (args: Args) => Promise<Response>,
  path: string,
  headers: Record<string, string> = {},
) {
  const request = new Request(`http://localhost${path}`, { headers });
  return loader({ request, params: {}, context: { cspNonce: "test" } } as Args);
}

async function regions(query: string, headers?: Record<string, string>) {
  const response = await call(regionsLoader, `/api/regions${query}`, headers);
  return { status: response.status, body: await response.json() };
}

describe("GET /api/regions", () => {
  it("reports all 514 kabupaten/kota in the documented shape", async () => {
    const { status, body } = await regions("?limit=2");
    expect(status).toBe(200);
    expect(body.total).toBe(514);
    expect(body.items).toEqual([
      {
        code: "11.01",
        name: "Kabupaten Aceh Selatan",
        kind: "kabupaten",
        province: { code: "11", name: "Aceh" },
      },
      {
        code: "11.02",
        name: "Kabupaten Aceh Tenggara",
        kind: "kabupaten",
        province: { code: "11", name: "Aceh" },
      },
    ]);
  });

  it("finds a region by its name without the prefix, with the prefix, or by code", async () => {
    expect((await regions("?q=sumedang")).body.items.map((r: { code: string }) => r.code)).toEqual([
      "32.11",
    ]);
    expect(
      (await regions("?q=Kabupaten%20Sumedang")).body.items.map((r: { code: string }) => r.code),
    ).toEqual(["32.11"]);
    expect(
      (await regions("?q=Kota%20Bandung")).body.items.map((r: { code: string }) => r.code),
    ).toEqual(["32.73"]);
    expect((await regions("?q=bandung")).body.items.map((r: { code: string }) => r.code)).toEqual([
      "32.04",
      "32.17",
      "32.73",
    ]);
    expect((await regions("?q=32.11")).body.items.map((r: { name: string }) => r.name)).toEqual([
      "Kabupaten Sumedang",
    ]);
  });

  it("filters by province and by cohort, and pages through the results", async () => {
    const westJava = await regions("?province=32&limit=100");
    expect(westJava.body.total).toBe(27);
    expect(
      westJava.body.items.every((r: { province: { code: string } }) => r.province.code === "32"),
    ).toBe(true);
    const pilot = await regions("?cohort=living-lab-pilot&limit=100");
    expect(pilot.body.total).toBe(63); // 62 members and the host, Kabupaten Sumedang
    const page2 = await regions("?province=32&limit=10&page=2");
    expect(page2.body.items.map((r: { code: string }) => r.code)).toEqual(
      westJava.body.items.slice(10, 20).map((r: { code: string }) => r.code),
    );
  });

  it("answers bad input with 400 and a message in the user's language", async () => {
    const id = await regions("?province=Jawa&page=0");
    expect(id.status).toBe(400);
    expect(id.body.error.issues).toEqual([
      { field: "province", message: "Kode provinsi harus dua angka, misalnya 32." },
      { field: "page", message: "Nomor halaman harus berupa bilangan bulat 1 sampai 1000." },
    ]);
    const en = await regions("?province=Jawa", { Cookie: "lang=en" });
    expect(en.body.error.issues[0].message).toBe("A province code is two digits, for example 32.");
  });
});

describe("GET /api/provinces and /api/spbe", () => {
  it("lists the 38 provinces with their number of regions", async () => {
    const body = await (await call(provincesLoader as never, "/api/provinces")).json();
    expect(body.total).toBe(38);
    expect(body.items.find((p: { code: string }) => p.code === "32")).toEqual({
      code: "32",
      name: "Jawa Barat",
      regionCount: 27,
    });
    expect(
      body.items.reduce((sum: number, p: { regionCount: number }) => sum + p.regionCount, 0),
    ).toBe(514);
  });

  it("answers the framework with 47 indicators whose weights sum to 100 %", async () => {
    const body = await (await call(spbeLoader as never, "/api/spbe")).json();
    expect(body.id).toBe("permenpanrb-59-2020");
    const indicators = body.domains.flatMap(
      (d: { aspects: Array<{ indicators: Array<{ number: number; weight: number }> }> }) =>
        d.aspects.flatMap((a) => a.indicators),
    );
    expect(indicators.map((i: { number: number }) => i.number)).toEqual(
      Array.from({ length: 47 }, (_, i) => i + 1),
    );
    expect(
      indicators.reduce((sum: number, i: { weight: number }) => sum + i.weight, 0),
    ).toBeCloseTo(100, 9);
    expect(body.predicates[0]).toEqual({
      name: "Memuaskan",
      nameEn: "Satisfactory",
      min: 4.2,
      max: 5,
    });
  });
});
