import { getFrameworkOverview } from "~/modules/spbe/spbe.server";

/** GET /api/spbe — the framework with its domains, aspects and indicators (weights in percent). */
export async function loader() {
  const framework = await getFrameworkOverview();
  if (!framework) return Response.json({ error: { status: 404, issues: [] } }, { status: 404 });
  return Response.json({
    id: framework.id,
    title: framework.title,
    titleEn: framework.titleEn,
    regulation: framework.regulation,
    year: framework.year,
    scaleMax: framework.scaleMax,
    maturityLevels: framework.maturityLevels.map(({ level, name, nameEn }) => ({
      level,
      name,
      nameEn,
    })),
    predicates: framework.predicates,
    domains: framework.domains.map((domain) => ({
      number: domain.number,
      title: domain.title,
      titleEn: domain.titleEn,
      weight: domain.weight,
      aspects: domain.aspects.map((aspect) => ({
        number: aspect.number,
        title: aspect.title,
        titleEn: aspect.titleEn,
        weight: aspect.weight,
        indicators: aspect.indicators.map((indicator) => ({
          number: indicator.number,
          title: indicator.title,
          titleEn: indicator.titleEn,
          weight: indicator.weight,
        })),
      })),
    })),
  });
}
