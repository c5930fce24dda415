// How many things wait for the viewer's decision in the dashboard's "Menunggu persetujuan Anda":
// the section's own count and the first of the region's next steps both read this.
export interface WaitingCounts {
  practices: unknown[];
  software: unknown[];
  accountRequests: number;
  adoptions: unknown[];
  milestones: number;
  decisions: { approve: { count: number }; verify: { count: number } };
}

export function waitingTotal(waiting: WaitingCounts): number {
  return (
    waiting.practices.length +
    waiting.software.length +
    waiting.accountRequests +
    waiting.adoptions.length +
    waiting.milestones +
    waiting.decisions.approve.count +
    waiting.decisions.verify.count
  );
}
