/**
 * The candidate's editor: CodeMirror 6 with Markdown (headings, lists, bold/italic, tables as
 * Markdown text), loaded only on the writing page. The document is plain Markdown, so word
 * counts, autosave and comment anchors all work on the same string the candidate typed.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { defaultHighlightStyle, defineLanguageFacet, Language, syntaxHighlighting } from '@codemirror/language';
import { GFM, parser } from '@lezer/markdown';
import { Annotation, EditorSelection, EditorState, type ChangeSpec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';

type Props = {
  value: string;
  onChange: (text: string) => void;
  readOnly: boolean;
  label: string;
  describedBy?: string;
};

type Format = { label: string; shortcut?: string; apply: (view: EditorView) => boolean };

/** Wraps the selection (or a sample word, selected) in `mark` on both sides. */
const wrap = (mark: string, sample: string) => (view: EditorView) => {
  view.dispatch(
    view.state.changeByRange((range) => {
      const text = view.state.sliceDoc(range.from, range.to) || sample;
      const start = range.from + mark.length;
      return { changes: { from: range.from, to: range.to, insert: `${mark}${text}${mark}` }, range: EditorSelection.range(start, start + text.length) };
    }),
  );
  view.focus();
  return true;
};

/** Puts `prefix` at the start of every selected line. */
const prefixLines = (prefix: (index: number) => string) => (view: EditorView) => {
  const { state } = view;
  const changes: ChangeSpec[] = [];
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    const last = state.doc.lineAt(range.to).number;
    for (let n = first; n <= last; n++) changes.push({ from: state.doc.line(n).from, insert: prefix(n - first) });
  }
  view.dispatch({ changes });
  view.focus();
  return true;
};

const insertBlock = (block: string) => (view: EditorView) => {
  const at = view.state.selection.main.head;
  const line = view.state.doc.lineAt(at);
  const before = line.length ? '\n\n' : '';
  view.dispatch({ changes: { from: line.to, insert: `${before}${block}\n` }, selection: { anchor: line.to + before.length + block.length + 1 } });
  view.focus();
  return true;
};

const FORMATS: Format[] = [
  { label: 'Heading', apply: prefixLines(() => '## ') },
  { label: 'Bold', shortcut: 'Mod-b', apply: wrap('**', 'bold text') },
  { label: 'Italic', shortcut: 'Mod-i', apply: wrap('_', 'italic text') },
  { label: 'Bulleted list', apply: prefixLines(() => '- ') },
  { label: 'Numbered list', apply: prefixLines((i) => `${i + 1}. `) },
  { label: 'Table', apply: insertBlock('| Metric | Before | After |\n| --- | --- | --- |\n|  |  |  |') },
];

export function MarkdownEditor({ value, onChange, readOnly, label, describedBy }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...FORMATS.filter((f) => f.shortcut).map((f) => ({ key: f.shortcut!, run: f.apply })), ...defaultKeymap, ...historyKeymap, indentWithTab]),
          markdownLanguage,
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          placeholder('Start with the customer, or the decision…'),
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', ...(describedBy ? { 'aria-describedby': describedBy } : {}) }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && update.transactions.some((t) => !t.annotation(remote))) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is built once per mode; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [readOnly, label, describedBy]);

  // Another tab's text (or the server's on reopen): replace ours only when it differs.
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value }, annotations: remote.of(true) });
  }, [value]);

  return (
    <div className="wr-editor">
      {readOnly ? null : (
        <div className="wr-toolbar" role="toolbar" aria-label="Formatting">
          {FORMATS.map((format) => (
            <button key={format.label} type="button" className="button button--small" onMouseDown={(e) => e.preventDefault()} onClick={() => view.current && format.apply(view.current)}>
              {format.label}
            </button>
          ))}
        </div>
      )}
      <div ref={host} className="wr-editor__host" />
    </div>
  );
}

/**
 * Markdown with GitHub's tables and strikethrough, straight from @lezer/markdown: the
 * @codemirror/lang-markdown wrapper would also bring HTML, CSS and JavaScript parsers for
 * embedded code (about 100 kB gzip) that a writing exercise never needs.
 */
const markdownLanguage = new Language(defineLanguageFacet({ commentTokens: { block: { open: '<!--', close: '-->' } } }), parser.configure(GFM), [], 'markdown');

/** Marks changes that came from outside the editor, so they are not sent back as edits. */
const remote = Annotation.define<boolean>();
