export function indicatorKey(_indicator: string | null, _unit: string | null): string | null { return null; }
