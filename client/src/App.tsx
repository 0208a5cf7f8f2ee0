import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { RouteErrorBoundary } from './components/RouteErrorBoundary';

// Each page is its own chunk, so a first visit downloads the page it opens and not every role's
// screens. The declarative router (not the data router) is used because it is less than half
// the size and MockLoop has no route loaders; see README "Bundle size".
const HomePage = lazy(() => import('./pages/HomePage'));
const NewLoopPage = lazy(() => import('./pages/NewLoopPage'));
const JoinPage = lazy(() => import('./pages/JoinPage'));
const LoopPage = lazy(() => import('./pages/LoopPage'));
const LinksPage = lazy(() => import('./pages/LinksPage'));
const RoundPage = lazy(() => import('./pages/RoundPage'));
const DebriefPage = lazy(() => import('./pages/DebriefPage'));
const FeedbackPage = lazy(() => import('./pages/FeedbackPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export function App() {
  return (
    <BrowserRouter>
      <RouteErrorBoundary>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="loops/new" element={<NewLoopPage />} />
            <Route path="join" element={<JoinPage />} />
            <Route path="loops/:loopId" element={<LoopPage />} />
            <Route path="loops/:loopId/links" element={<LinksPage />} />
            <Route path="loops/:loopId/rounds/:roundId" element={<RoundPage />} />
            <Route path="loops/:loopId/debrief" element={<DebriefPage />} />
            <Route path="loops/:loopId/feedback" element={<FeedbackPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
