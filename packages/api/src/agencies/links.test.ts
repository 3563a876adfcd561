import { describe, expect, it } from 'vitest';
import { agencyGraph, ancestorsOf, membersMakingLoop, parentMakesLoop, successorProblem } from './links.js';

// province ← group (parent province; members d1, d2); d1, d2 ← group; steering committee sc with member group.
const node = (id: string, parentId: string | null = null, successorId: string | null = null) => ({
  id,
  provinceCode: '84',
  parentId,
  successorId,
});
const graph = agencyGraph(
  [
    node('province'),
    node('group', 'province'),
    node('d1', 'group'),
    node('d2', 'group', 'd1'),
    node('sc'),
    node('old', null, 'new'),
    node('new'),
  ],
  [
    { groupId: 'group', memberId: 'd1' },
    { groupId: 'group', memberId: 'd2' },
    { groupId: 'sc', memberId: 'group' },
  ],
);

describe('agency links', () => {
  it('ancestors follow parents and memberships, with the edited agency’s new links', () => {
    expect(ancestorsOf(graph, 'd1', { parentId: 'group' })).toEqual(new Set(['group', 'province', 'sc']));
    // d1 leaves its parent but is still a member of group.
    expect(ancestorsOf(graph, 'd1', { parentId: null })).toEqual(new Set(['group', 'province', 'sc']));
    // Walking up from d1 while group is edited: group's new links (no parent) apply, its stored membership of sc stays.
    expect(ancestorsOf(graph, 'group', { parentId: null, memberIds: [] }, 'd1')).toEqual(new Set(['group', 'sc']));
  });

  it('a parent that belongs to the agency makes a loop; a sibling does not', () => {
    expect(parentMakesLoop(graph, 'province', 'd1')).toBe(true);
    expect(parentMakesLoop(graph, 'group', 'group')).toBe(true);
    expect(parentMakesLoop(graph, 'd1', 'd2')).toBe(false);
    expect(parentMakesLoop(graph, 'd1', null)).toBe(false);
  });

  it('members above the agency make a loop, named', () => {
    expect(membersMakingLoop(graph, 'd1', { parentId: 'group', memberIds: ['province', 'd2', 'sc'] })).toEqual([
      'province',
      'sc',
    ]);
    expect(membersMakingLoop(graph, 'sc', { parentId: null, memberIds: ['sc', 'group'] })).toEqual(['sc']);
    // The new parent counts: with sc as its parent, province cannot take sc as a member.
    expect(membersMakingLoop(graph, 'province', { parentId: 'sc', memberIds: ['sc'] })).toEqual(['sc']);
  });

  it('successor chains: self, unknown, loop', () => {
    expect(successorProblem(graph, 'd1', 'd1')).toBe('self');
    expect(successorProblem(graph, 'd1', 'nobody')).toBe('unknown');
    expect(successorProblem(graph, 'd1', 'd2')).toBe('loop');
    expect(successorProblem(graph, 'old', 'new')).toBeNull();
    expect(successorProblem(graph, 'd1', null)).toBeNull();
  });
});
