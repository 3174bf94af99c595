import { bracketsManager } from './brackets-manager.ts';
import { groupstage } from './groupstage.ts';
import type { PeerAdapter } from './peer-adapter.ts';
import { tournamentOrganizer } from './tournament-organizer.ts';

/** The peers the issue names, pinned as devDependencies. */
export const PEERS: readonly PeerAdapter[] = [groupstage, bracketsManager, tournamentOrganizer];
