// Sections whose issues have not landed yet (UPCOMING_SECTIONS: today the tracker).
// One module serves them all; app/routes.ts maps each path here.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { UpcomingSection } from "~/components/upcoming-section";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { UPCOMING_SECTIONS, type UpcomingSectionName } from "./upcoming-sections";

type Section = UpcomingSectionName;

function sectionOf(request: Request): Section {
  const first = new URL(request.url).pathname.split("/")[1];
  return UPCOMING_SECTIONS.find((section) => section === first) ?? UPCOMING_SECTIONS[0];
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Living Lab" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const section = sectionOf(request);
  return { section, title: translator(languageOf(request))(`upcoming.${section}.title`) };
}

export default function UpcomingPage() {
  const { section } = useLoaderData<typeof loader>();
  return (
    <UpcomingSection
      title={`upcoming.${section}.title` satisfies MessageKey}
      body={`upcoming.${section}.body` satisfies MessageKey}
    />
  );
}
