import {
  Bell,
  Activity,
  BookOpen,
  ClipboardList,
  Cpu,
  DatabaseBackup,
  Gauge,
  ShieldAlert,
  LayoutDashboard,
  Radio,
  ScrollText,
  Settings,
  ShieldCheck,
  Tags,
  Trophy,
  UserRound,
  Users,
} from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { Role } from '../../api/auth';
import type { MessageKey } from '../../i18n/en';

/** Paths the navigation links to (checked against the route tree where they are rendered). */
export type NavPath =
  | '/'
  | '/logs'
  | '/leaderboard'
  | '/sessions'
  | '/quotas'
  | '/availability'
  | '/providers'
  | '/users'
  | '/prices'
  | '/request-rules'
  | '/settings'
  | '/error-rules'
  | '/audit'
  | '/data'
  | '/notifications'
  | '/usage-guide'
  | '/me';

export interface NavItem {
  to: NavPath;
  label: MessageKey;
  icon: LucideIcon;
}

export interface NavGroup {
  label: MessageKey;
  items: readonly NavItem[];
}

const help: NavGroup = {
  label: 'nav.group.help',
  items: [{ to: '/usage-guide', label: 'nav.usageGuide', icon: BookOpen }],
};

const navByRole: Record<Role, readonly NavGroup[]> = {
  admin: [
    {
      label: 'nav.group.monitor',
      items: [
        { to: '/', label: 'nav.dashboard', icon: LayoutDashboard },
        { to: '/logs', label: 'nav.logs', icon: ScrollText },
        { to: '/leaderboard', label: 'nav.leaderboard', icon: Trophy },
        { to: '/sessions', label: 'nav.sessions', icon: Radio },
        { to: '/quotas', label: 'nav.quotas', icon: Gauge },
        { to: '/availability', label: 'nav.availability', icon: Activity },
      ],
    },
    {
      label: 'nav.group.manage',
      items: [
        { to: '/providers', label: 'nav.providers', icon: Cpu },
        { to: '/users', label: 'nav.users', icon: Users },
        { to: '/prices', label: 'nav.prices', icon: Tags },
        { to: '/error-rules', label: 'nav.errorRules', icon: ShieldAlert },
        { to: '/notifications', label: 'nav.notifications', icon: Bell },
        { to: '/request-rules', label: 'nav.requestRules', icon: ShieldCheck },
        { to: '/settings', label: 'nav.settings', icon: Settings },
        { to: '/audit', label: 'nav.audit', icon: ClipboardList },
        { to: '/data', label: 'nav.data', icon: DatabaseBackup },
      ],
    },
    help,
  ],
  // Key holders see only their own usage and how to configure their clients.
  user: [{ label: 'nav.group.account', items: [{ to: '/me', label: 'nav.me', icon: UserRound }] }, help],
};

export function navGroupsFor(role: Role): readonly NavGroup[] {
  return navByRole[role];
}
