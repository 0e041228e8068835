// Public surface of src/paths: re-exports only.
export {
  introductionPath,
  introductionPathFinder,
  INTRODUCTION_PATH_DEFAULTS,
  type IntroductionPathOptions,
  type IntroductionPath,
  type IntroductionHop,
  type IntroductionPathFinder,
} from "./introduction-path.js";
export { introducers, INTRODUCERS_DEFAULTS, type IntroducersOptions, type IntroducerRow } from "./introducers.js";
export {
  suggestIntroductions,
  SUGGEST_INTRODUCTIONS_DEFAULTS,
  type SuggestIntroductionsOptions,
  type IntroductionSuggestion,
} from "./suggest-introductions.js";
