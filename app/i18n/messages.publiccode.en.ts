// English: problems the publiccode.yml validator reports and the validation API's own refusals.
import type { publiccodeMessagesId } from "./messages.publiccode.id";

export const publiccodeMessagesEn: Record<keyof typeof publiccodeMessagesId, string> = {
  "publiccode.error.yamlSyntax": "The file is not valid YAML: {detail}",
  "publiccode.error.yaml.BAD_INDENT":
    "The file is not valid YAML: this line's indentation does not fit the structure above it ({detail}).",
  "publiccode.error.yaml.TAB_AS_INDENT":
    "The file is not valid YAML: the indentation uses a tab; YAML accepts spaces only ({detail}).",
  "publiccode.error.yaml.MISSING_CHAR":
    "The file is not valid YAML: a bracket or quote is not closed, such as ], } or a quotation mark ({detail}).",
  "publiccode.error.yaml.UNEXPECTED_TOKEN":
    "The file is not valid YAML: there is an unexpected character here ({detail}).",
  "publiccode.error.yaml.DUPLICATE_KEY":
    "The file is not valid YAML: this key appears twice in one section ({detail}).",
  "publiccode.error.yaml.BLOCK_AS_IMPLICIT_KEY":
    "The file is not valid YAML: a nested value is used as a key; check the colons and indentation ({detail}).",
  "publiccode.error.yaml.MULTILINE_IMPLICIT_KEY":
    "The file is not valid YAML: a key cannot span lines; a colon may be missing ({detail}).",
  "publiccode.error.yaml.BAD_SCALAR_START":
    "The file is not valid YAML: a value cannot start with this character; put it in quotes ({detail}).",
  "publiccode.error.yaml.BAD_DQ_ESCAPE":
    "The file is not valid YAML: an escape sequence in a double-quoted text is not valid ({detail}).",
  "publiccode.error.yaml.MULTIPLE_DOCS":
    "The file is not valid YAML: the file holds more than one document (---) ({detail}).",
  "publiccode.error.yaml.BAD_ALIAS":
    "The file is not valid YAML: an alias (*name) points to an anchor that does not exist ({detail}).",
  "publiccode.error.yaml.BLOCK_IN_FLOW":
    "The file is not valid YAML: a nested block inside [ ] or { } ({detail}).",
  "publiccode.error.yaml.KEY_OVER_1024_CHARS":
    "The file is not valid YAML: a key is longer than 1,024 characters ({detail}).",
  "publiccode.error.notAMap": "A publiccode.yml file must be a mapping of keys to values.",
  "publiccode.error.required": "\u201c{field}\u201d is required.",
  "publiccode.error.requiredWhen":
    "\u201c{field}\u201d is required when {when} is \u201c{value}\u201d.",
  "publiccode.error.notAllowedUnless":
    "\u201c{field}\u201d is only allowed when {when} is \u201c{value}\u201d.",
  "publiccode.error.wrongType": "\u201c{field}\u201d must be a {expected}.",
  "publiccode.error.emptyList": "The list \u201c{field}\u201d must have at least one item.",
  "publiccode.error.noLanguage": "\u201cdescription\u201d must have at least one language.",
  "publiccode.error.unknownKey": "Unknown key \u201c{field}\u201d.",
  "publiccode.error.replacedKey":
    "\u201c{field}\u201d is no longer in the standard; use \u201c{replacement}\u201d.",
  "publiccode.error.duplicateKey":
    "\u201c{other}\u201d is already present; remove \u201c{field}\u201d.",
  "publiccode.error.unsupportedVersion":
    "Version \u201c{value}\u201d is not supported; use one of {supported}.",
  "publiccode.error.enum":
    "\u201c{field}\u201d must be one of {allowed}; \u201c{value}\u201d is not.",
  "publiccode.error.category": "\u201c{value}\u201d is not a category of the standard's list.",
  "publiccode.error.scope": "\u201c{value}\u201d is not a scope of the standard's list.",
  "publiccode.error.country": "\u201c{value}\u201d is not an ISO 3166-1 alpha-2 country code.",
  "publiccode.error.bcp47": "\u201c{value}\u201d is not a valid BCP 47 language tag.",
  "publiccode.error.license": "\u201c{value}\u201d is not a valid SPDX licence expression.",
  "publiccode.error.date": "\u201c{field}\u201d must be a real date written YYYY-MM-DD.",
  "publiccode.error.url":
    "\u201c{field}\u201d must be the http:// or https:// URL of the code repository; \u201c{value}\u201d is not.",
  "publiccode.error.httpUrl":
    "\u201c{field}\u201d must be an http:// or https:// URL without a user name or password.",
  "publiccode.error.pathOrUrl":
    "\u201c{field}\u201d must be a path relative to the repository or an http(s) URL.",
  "publiccode.error.logoExtension": "\u201c{field}\u201d must be an SVG, SVGZ or PNG file.",
  "publiccode.error.email": "\u201c{field}\u201d must be an e-mail address.",
  "publiccode.error.mimeType": "\u201c{value}\u201d is not a MIME type.",
  "publiccode.error.uri": "\u201c{field}\u201d must be a URI.",
  "publiccode.error.tooLong":
    "\u201c{field}\u201d may have at most {max} characters; it has {actual}.",
  "publiccode.error.tooShort":
    "\u201c{field}\u201d must have at least {min} characters; it has {actual}.",
  "publiccode.error.tooLarge": "The file is larger than {max}.",
  "publiccode.error.tooManyLines": "The file has more than {max} lines.",
  "publiccode.error.tooManyTokens":
    "The file is too complex to check: it has more than {max} YAML elements.",
  "publiccode.error.tooDeep": "The file nests maps and lists more than {max} levels deep.",
  "publiccode.error.tooManyNodes":
    "The file is too complex to check: it has more than {max} values, counting each alias (*name) again where it is used.",
  "publiccode.error.tooManyKeys":
    "The file has more than {max} keys, counting each alias (*name) again where it is used.",
  "publiccode.error.moreProblems": "And {count} more problems, not listed.",
  "publiccode.warning.yaml": "YAML warning: {detail}",
  "publiccode.warning.oldVersion":
    "Version {value} of the standard is not the latest; consider \u201c{recommended}\u201d.",
  "publiccode.warning.keyNewerThanVersion":
    "\u201c{field}\u201d was added in version {since}; declare that version or later.",
  "publiccode.warning.deprecatedKey": "\u201c{field}\u201d is deprecated.",
  "publiccode.warning.lowercaseCountry":
    "Lower-case country codes are deprecated; write \u201c{replacement}\u201d.",
  "publiccode.notChecked.repository":
    "Whether the repository at {url} is reachable and is a code repository was not checked (it needs the network).",
  "publiccode.notChecked.reachable": "Whether {field} {value} is reachable was not checked.",
  "publiccode.notChecked.image":
    "Whether {field} \u201c{value}\u201d exists in the repository and is a valid image was not checked.",
  "publiccode.notChecked.screenshots":
    "Whether the screenshots of {field} exist in the repository and are images was not checked.",
  "publiccode.notChecked.videos":
    "Whether the videos of {field} are reachable and support oEmbed was not checked.",
  "publiccode.notChecked.file":
    "Whether {field} \u201c{value}\u201d exists in the repository was not checked.",
  "publiccode.notChecked.ipa":
    "Whether {field} \u201c{value}\u201d is a registered iPA code was not checked.",
  "publiccode.api.bodyTooLarge": "The body is larger than 256 KB.",
  "publiccode.api.fileTooLarge": "The file is larger than 256 KB.",
  "publiccode.api.noFile": "Send the file in a form field named \u201cfile\u201d.",
  "publiccode.api.unsupportedType": "Send application/yaml, text/plain or a multipart form upload.",
  "publiccode.api.tooManyRequests": "Too many requests. Try again later.",
};
