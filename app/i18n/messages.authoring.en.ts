// English: the authoring forms (good practices and the code catalogue).
import { SPBE_INDICATOR_COUNT } from "../modules/spbe/framework";
import type { authoringMessagesId } from "./messages.authoring.id";

export const authoringMessagesEn: Record<keyof typeof authoringMessagesId, string> = {
  "authoring.errorSummary.title": "There is a problem",
  "authoring.count": "{length}/{limit}",
  "authoring.count.over": "{length}/{limit}: too long, shorten it to save",
  "authoring.error.noteLength": "The revision note can be at most 200 characters.",
  "authoring.picker.filter": "Filter indicators",
  "authoring.picker.all": "{total} indicators",
  "authoring.picker.matching": "{count} of {total} indicators match",
  "authoring.picker.none": "No indicator matches the filter.",
  "authoring.picker.domain": "Domain {number}. {title}",
  "authoring.picker.aspect": "Aspect {number}. {title}",
  "authoring.markdown.tabs": "Write or preview: {label}",
  "authoring.markdown.write": "Write",
  "authoring.markdown.preview": "Preview",
  "authoring.markdown.previewOf": "Preview: {label}",
  "authoring.markdown.empty": "Nothing to preview yet.",
  "authoring.attachments.none": "No attachments yet.",
  "authoring.attachments.remove": "Remove",
  "authoring.attachments.removed": "The attachment has been removed.",
  "authoring.attachments.beforeSave":
    "Attachments are kept with the draft. A draft needs a title and a summary: save the draft first, then upload its attachments.",
  "authoring.attachments.saveThenAttach": "Save draft, then attach",
  "authoring.upload.alreadyAttached":
    "This file is already attached as {name}; it was not added again.",
  "authoring.upload.alreadyAttachedPlain": "This file is already attached; it was not added again.",
  "authoring.software.indicators": "SPBE indicators served",
  "authoring.software.indicatorsInvalid": `Choose at most 20 SPBE indicators (numbers 1 to ${SPBE_INDICATOR_COUNT}).`,
  "authoring.software.techInvalid": "At most 20 technologies, each at most 40 characters.",
  "authoring.software.requirementsTooLong": "Requirements can be at most 2,000 characters.",
  "authoring.software.readmeTooLong": "The README can be at most 50,000 characters.",
};
