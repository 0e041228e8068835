export { karateClub, KARATE_DEFAULTS, type KarateClub, type KarateOptions } from "./karate.js";
