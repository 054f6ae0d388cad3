/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // OneDoor: this file replaces the webjar's scripts/config.js (target/classes comes first on the
  // classpath). Everything below the locales block is the shipped Camunda 7.24.0 file, unchanged but for
  // OneDoor's customScripts and the shortcuts' descriptions in Chinese.
  // The webapp takes the part of the browser's first language before the hyphen (zh-CN -> zh);
  // zh gets locales/zh.json, every other language gets English.
  locales: {
    availableLocales: ['en', 'zh'],
    fallbackLocale: 'en'
  },
  // OneDoor: Chinese validation messages for Camunda Forms (form-js has none)
  // OneDoor: task lists sorted by the statutory due date unless the user chose a sorting
  // and a link to 查找案件 / 我的案件 (/cases/)
  // OneDoor: dates and relative times in Chinese from the first page load (zh-dates.js), the forms'
  // date picker (Chinese months, weeks from Monday) and fixed texts in Chinese (zh-forms.js)
  // OneDoor: dynamic lists that do not trap 启动, a start dialog that keeps its draft, the case number after registering
  // and, in every task's header, a link to the case's 案件卷宗 (/cases/file.html)
  customScripts: ['scripts/onedoor/form-messages.js', 'scripts/onedoor/default-sorting.js', 'scripts/onedoor/case-search-link.js',
    'scripts/onedoor/zh-dates.js', 'scripts/onedoor/zh-forms.js', 'scripts/onedoor/start-form.js', 'scripts/onedoor/case-file-link.js'],

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // OneDoor: the descriptions in Chinese (Tasklist's 键盘快捷键 dialog shows them as written here)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
