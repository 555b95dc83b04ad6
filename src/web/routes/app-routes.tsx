import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireRole } from '../modules/auth/components/require-role';
import { ShellGate } from '../modules/shell/components/shell-gate';
import type { ModuleId } from '../modules/shell/utils/module-catalogue';
import { CALENDAR_EDITORS, DOSSIER_OFFICERS, MODULES, STATISTICS_READERS } from '../modules/shell/utils/module-catalogue';
import { DashboardPage } from './dashboard-page';
import { LoginPage } from './login-page';
import { ModulePlaceholderPage } from './module-placeholder-page';
import { NotFoundPage } from './not-found-page';

const OrgPage = lazy(() => import('./org-page').then((module) => ({ default: module.OrgPage })));
const AdminUsersPage = lazy(() => import('./admin-users-page').then((module) => ({ default: module.AdminUsersPage })));
const AdminAuditPage = lazy(() => import('./admin-audit-page').then((module) => ({ default: module.AdminAuditPage })));
const CalendarPage = lazy(() => import('./calendar-page').then((module) => ({ default: module.CalendarPage })));
const CalendarSchedulesPage = lazy(() => import('./calendar-schedules-page').then((module) => ({ default: module.CalendarSchedulesPage })));
const DossierQueuePage = lazy(() => import('./dossier-queue-page').then((module) => ({ default: module.DossierQueuePage })));
const DossierIntakePage = lazy(() => import('./dossier-intake-page').then((module) => ({ default: module.DossierIntakePage })));
const DossierPage = lazy(() => import('./dossier-page').then((module) => ({ default: module.DossierPage })));
const DossierLookupPage = lazy(() => import('./dossier-lookup-page').then((module) => ({ default: module.DossierLookupPage })));
const OnlineSubmissionPage = lazy(() => import('./online-submission-page').then((module) => ({ default: module.OnlineSubmissionPage })));
const StatisticsPage = lazy(() => import('./statistics-page').then((module) => ({ default: module.StatisticsPage })));
const TokensPage = lazy(() => import('./tokens-page').then((module) => ({ default: module.TokensPage })));

const PLACEHOLDERS: ModuleId[] = MODULES.filter((entry) => !entry.built && entry.path !== '/').map((entry) => entry.id);

/**
 * /login; everything else inside the shell gate (signed in → app shell; /org, /calendar and /tra-cuu are also open to visitors).
 * Modules not built yet get a page that says what they will do.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<ShellGate />}>
        <Route index element={<DashboardPage />} />
        {PLACEHOLDERS.map((id) => {
          const path = MODULES.find((entry) => entry.id === id)!.path.slice(1);
          return <Route key={id} path={path} element={<ModulePlaceholderPage key={id} id={id} />} />;
        })}
        <Route path="org" element={<OrgPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="calendar/schedules" element={
          <RequireRole role={CALENDAR_EDITORS} forbiddenKey="errors.forbiddenCalendar"><CalendarSchedulesPage /></RequireRole>
        } />
        <Route path="dossiers" element={
          <RequireRole role={DOSSIER_OFFICERS} forbiddenKey="errors.forbiddenDossiers"><DossierQueuePage /></RequireRole>
        } />
        <Route path="dossiers/new" element={
          <RequireRole role="desk_officer" forbiddenKey="errors.forbiddenIntake"><DossierIntakePage /></RequireRole>
        } />
        <Route path="dossiers/:id" element={
          <RequireRole role={DOSSIER_OFFICERS} forbiddenKey="errors.forbiddenDossiers"><DossierPage /></RequireRole>
        } />
        <Route path="statistics" element={
          <RequireRole role={STATISTICS_READERS} forbiddenKey="errors.forbiddenStatistics"><StatisticsPage /></RequireRole>
        } />
        <Route path="tra-cuu" element={<DossierLookupPage />} />
        <Route path="nop-ho-so" element={
          <RequireRole role="citizen" forbiddenKey="errors.forbiddenSubmission"><OnlineSubmissionPage /></RequireRole>
        } />
        <Route path="admin/users" element={<RequireRole role="system_admin"><AdminUsersPage /></RequireRole>} />
        <Route path="admin/audit" element={<RequireRole role="system_admin"><AdminAuditPage /></RequireRole>} />
        <Route path="admin/tokens" element={<TokensPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
