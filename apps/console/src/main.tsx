import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createApp } from './create-app';
import './index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html is missing <div id="root">');

const app = createApp();
createRoot(container).render(
  <StrictMode>
    <App {...app} />
  </StrictMode>,
);
