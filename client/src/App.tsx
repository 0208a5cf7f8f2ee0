import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { Layout } from './components/Layout';
import { DebriefPage } from './pages/DebriefPage';
import { FeedbackPage } from './pages/FeedbackPage';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { LinksPage } from './pages/LinksPage';
import { LoopPage } from './pages/LoopPage';
import { NewLoopPage } from './pages/NewLoopPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { RoundPage } from './pages/RoundPage';

// Created once at module load: the router owns history listeners and must not be rebuilt per render.
const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'loops/new', element: <NewLoopPage /> },
      { path: 'join', element: <JoinPage /> },
      { path: 'loops/:loopId', element: <LoopPage /> },
      { path: 'loops/:loopId/links', element: <LinksPage /> },
      { path: 'loops/:loopId/rounds/:roundId', element: <RoundPage /> },
      { path: 'loops/:loopId/debrief', element: <DebriefPage /> },
      { path: 'loops/:loopId/feedback', element: <FeedbackPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
