import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { RouteErrorBoundary } from './components/RouteErrorBoundary';

// Each page is its own chunk, so a first visit downloads the page it opens and not every role's
// screens. wouter is the router: MockLoop needs paths, params and links only, and wouter does
// that in about 2 kB gzip where react-router takes 14 kB (README "Bundle size").
const HomePage = lazy(() => import('./pages/HomePage'));
const NewLoopPage = lazy(() => import('./pages/NewLoopPage'));
const JoinPage = lazy(() => import('./pages/JoinPage'));
const LoopPage = lazy(() => import('./pages/LoopPage'));
const LinksPage = lazy(() => import('./pages/LinksPage'));
const RoundPage = lazy(() => import('./pages/RoundPage'));
const DebriefPage = lazy(() => import('./pages/DebriefPage'));
const FeedbackPage = lazy(() => import('./pages/FeedbackPage'));
const WritingPage = lazy(() => import('./pages/WritingPage'));
const BankPage = lazy(() => import('./pages/BankPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const NewGroupPage = lazy(() => import('./pages/NewGroupPage'));
const GroupJoinPage = lazy(() => import('./pages/GroupJoinPage'));
const GroupPage = lazy(() => import('./pages/GroupPage'));
const MemberHomePage = lazy(() => import('./pages/MemberHomePage'));
const MemberReportPage = lazy(() => import('./pages/MemberReportPage'));

export function App() {
  return (
    <RouteErrorBoundary>
      <Layout>
        {/* The first matching route wins, so fixed paths come before the ones with params. */}
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/loops/new" component={NewLoopPage} />
          <Route path="/join" component={JoinPage} />
          <Route path="/bank" component={BankPage} />
          <Route path="/loops/:loopId/links" component={LinksPage} />
          <Route path="/loops/:loopId/rounds/:roundId" component={RoundPage} />
          <Route path="/loops/:loopId/debrief" component={DebriefPage} />
          <Route path="/loops/:loopId/feedback" component={FeedbackPage} />
          <Route path="/loops/:loopId/writing" component={WritingPage} />
          <Route path="/loops/:loopId" component={LoopPage} />
          <Route path="/groups/new" component={NewGroupPage} />
          <Route path="/group" component={GroupJoinPage} />
          <Route path="/groups/:groupId/me" component={MemberHomePage} />
          <Route path="/groups/:groupId/members/:memberId" component={MemberReportPage} />
          <Route path="/groups/:groupId" component={GroupPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Layout>
    </RouteErrorBoundary>
  );
}
