import type { TranslationOf } from '../../define-messages';
import type { usageGuideMessages } from '../usage-guide';

/** 日本語: the strings of messages/usage-guide.ts. */
export const usageGuideJa = {
  'page.usageGuide.title': '利用ガイド',
  'page.usageGuide.description': 'Claude Code、Codex CLI、Gemini CLI からこのゲートウェイを使う方法。',
  'page.usageGuide.baseUrl': 'ゲートウェイ URL',
  'page.usageGuide.setup.title': 'はじめに',
  'page.usageGuide.setup.description': '以下のスニペットには、このデプロイのアドレスがすでに入っています。',
  'page.usageGuide.setup.baseUrlHint':
    'Anthropic と Gemini のクライアントはそのまま使います。OpenAI 形式のクライアントは /v1 を付けます。',
  'page.usageGuide.setup.copyUrl': 'ゲートウェイ URL をコピー',
  'page.usageGuide.setup.key': 'あなたの API キー（任意）',
  'page.usageGuide.setup.keyHint':
    'キー（sk-…）を貼り付けるとスニペットに入力されます。キーはこのタブ内にのみ保持され、どこにも送信されません。キーは管理者がユーザーページで作成します。キーの所有者は渡されたキーを使ってください。',
  'page.usageGuide.setup.shell': 'お使いのシステム',
  'page.usageGuide.shell.posix': 'macOS・Linux',
  'page.usageGuide.shell.powershell': 'Windows（PowerShell）',
  'page.usageGuide.clients': 'クライアント',
  'page.usageGuide.step': 'ステップ {n}',
  'page.usageGuide.file': 'ファイル: {path}',
  'page.usageGuide.install.title': 'インストール',
  'page.usageGuide.install.description': 'Node.js 20 以降が必要です。インストール済みならこの手順は不要です。',
  'page.usageGuide.verify.title': '動作を確認',
  'page.usageGuide.verify.description': '1 行のプロンプトを送ると、そのリクエストがリクエストログに表示されます。',
  'page.usageGuide.claude.env.title': 'ゲートウェイを指定する',
  'page.usageGuide.claude.env.description':
    '現在のターミナルでのみ有効: ゲートウェイ URL とキーを設定してから Claude Code を起動します。',
  'page.usageGuide.claude.settings.title': 'すべてのセッションで使う場合',
  'page.usageGuide.claude.settings.description':
    '同じ変数を Claude Code のユーザー設定に追加します。ファイルがすでにある場合は "env" ブロックをマージしてください。ゲートウェイのキーが使われるよう、環境変数から ANTHROPIC_API_KEY を' +
    '削除してください。',
  'page.usageGuide.codex.config.title': 'ゲートウェイをモデルプロバイダーとして追加',
  'page.usageGuide.codex.config.description':
    'Codex は /v1 の Responses API でゲートウェイと通信します。既存のファイルでは、2 行のトップレベル設定をどの [section] よりも上に置いてください。モデルはゲートウェイが提供する任意のモ' +
    'デルを指定できます。',
  'page.usageGuide.codex.env.title': 'Codex にキーを渡す',
  'page.usageGuide.codex.env.description':
    'Codex は env_key で指定した環境変数からキーを読み取ります。1 行目はこのターミナル用、2 行目は新しいターミナルでも使えるようにします（シェルが bash なら ~/.bashrc を使ってください）。',
  'page.usageGuide.gemini.settings.title': 'API キーによるログインを選択',
  'page.usageGuide.gemini.settings.description':
    'これがないと Gemini CLI は "Invalid auth method selected" で停止します。ファイルがすでにある場合は "security" ブロックをマージしてください。',
  'page.usageGuide.gemini.env.title': 'ゲートウェイを指定する',
  'page.usageGuide.gemini.env.description': 'ゲートウェイ URL とキーを設定してから Gemini CLI を起動します。',
} satisfies TranslationOf<typeof usageGuideMessages.en>;
