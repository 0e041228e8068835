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
