// @vitest-environment jsdom
import './dom-stubs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverExplain } from '../../grafana-panel/src/modes/tree/HoverExplain';

afterEach(cleanup);

describe('defect 8: the explanation tooltip closes when the pointer leaves', () => {
  it('opens on enter and closes on leave, so the next row can be hovered', async () => {
    render(
      <div>
        <HoverExplain content="first explanation">
          <span>row one</span>
        </HoverExplain>
        <HoverExplain content="second explanation">
          <span>row two</span>
        </HoverExplain>
      </div>
    );
    await act(async () => void fireEvent.mouseEnter(screen.getByText('row one')));
    expect(screen.queryByText('first explanation')).not.toBeNull();
    await act(async () => void fireEvent.mouseLeave(screen.getByText('row one')));
    expect(screen.queryByText('first explanation')).toBeNull();
    await act(async () => void fireEvent.mouseEnter(screen.getByText('row two')));
    expect(screen.queryByText('second explanation')).not.toBeNull();
    expect(screen.queryByText('first explanation')).toBeNull();
  });

  it('opens on focus and closes on blur (keyboard)', async () => {
    render(
      <HoverExplain content="why">
        <span tabIndex={0}>figure</span>
      </HoverExplain>
    );
    await act(async () => void fireEvent.focus(screen.getByText('figure')));
    expect(screen.queryByText('why')).not.toBeNull();
    await act(async () => void fireEvent.blur(screen.getByText('figure')));
    expect(screen.queryByText('why')).toBeNull();
  });
});
