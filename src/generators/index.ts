export { plantedSocialNetwork, PLANTED_DEFAULTS, type PlantedOptions, type PlantedNetwork } from "./planted.js";
