/** Why a season cannot be compiled (the runs then go through the engine). */
export class PlanUnsupported extends Error {}
