import { describe, expect, it } from 'vitest';
import { readCodeAssistProject, withCodeAssistProject } from './code-assist-project.js';

describe('Code Assist project', () => {
  it('reads the project of a loadCodeAssist answer, as a string or as onboarding writes it', () => {
    expect(readCodeAssistProject({ currentTier: { id: 'free-tier' }, cloudaicompanionProject: 'proj-1' })).toBe(
      'proj-1',
    );
    expect(readCodeAssistProject({ cloudaicompanionProject: { id: 'proj-2', name: 'p' } })).toBe('proj-2');
    expect(readCodeAssistProject({ currentTier: { id: 'free-tier' } })).toBeNull();
    expect(readCodeAssistProject({ cloudaicompanionProject: '' })).toBeNull();
    expect(readCodeAssistProject(null)).toBeNull();
  });

  it('sets the project after the model, as the Gemini CLI writes the envelope, and keeps one already there', () => {
    const body = Buffer.from(JSON.stringify({ model: 'gemini-2.5-pro', request: { contents: [] } }));
    expect(withCodeAssistProject(body, 'proj-1').toString()).toBe(
      '{"model":"gemini-2.5-pro","project":"proj-1","request":{"contents":[]}}',
    );
    const named = Buffer.from(JSON.stringify({ model: 'm', project: 'mine', request: {} }));
    expect(withCodeAssistProject(named, 'proj-1')).toBe(named);
  });
});
