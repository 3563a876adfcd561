import type { FieldErrors } from './errors';

/** What every one-control field of the editor takes: its label and the plan path its value and errors sit at. */
export interface FieldProps {
  label: string;
  path: string;
  errors: FieldErrors;
  /** Inside a sentence: the label is read by screen readers, the sentence around it shows the meaning. */
  inline?: boolean;
  hint?: string;
}

/** What the control needs to be named and described by the frame (Field.svelte) around it. */
export interface ControlAttributes {
  id: string;
  invalid: 'true' | undefined;
  describedby: string | undefined;
}
