/**
 * A place's name as readers see it: the header as written may use ASCII parentheses
 * (东津新区(经开区)) beside full-width ones elsewhere (签约（合同）); Chinese text takes the
 * full-width form. The data downloads keep the name exactly as written.
 */
export const displayName = (name: string): string => name.replace(/\(/g, "（").replace(/\)/g, "）");
