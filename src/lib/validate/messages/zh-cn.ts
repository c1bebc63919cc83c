// 每条规则的简体中文说明：先说哪里不对，再说怎么改。术语与 Kubernetes 官方中文文档一致
// （Pod、Service、Deployment 等保留英文；label 作“标签”，selector 作“选择算符”，probe 作“探针”）。
import { s, type Catalog } from './types.ts';

const nameRule: Record<string, string> = {
	label: '最多 63 个字符，只能包含小写字母（a-z）、数字和“-”，并以字母或数字开头和结尾',
	subdomain: '最多 253 个字符，只能包含小写字母（a-z）、数字、“-”和“.”，并以字母或数字开头和结尾',
	dns1035: '最多 63 个字符，只能包含小写字母（a-z）、数字和“-”，必须以字母开头、以字母或数字结尾',
};

const typeName: Record<string, string> = {
	string: '文本（字符串）',
	integer: '整数',
	number: '数字',
	boolean: 'true 或 false',
	object: '一组字段（缩进的 `key: value` 行）',
	array: '列表（以“- ”开头的行）',
	map: '若干 `key: value` 键值对',
	'int-or-string': '端口号或端口名称',
	quantity: '数量值，例如 250m 或 128Mi',
};

const actualName: Record<string, string> = { string: '字符串', number: '数字', bool: '布尔值', array: '列表', object: '映射' };

function typeHint(expected: string, actual: string): string {
	if (expected === 'array' && actual === 'string') return '请写成列表，例如 ["sleep", "3600"]。';
	if (expected === 'string' && actual === 'bool') return 'YAML 会把 yes、no、on、off、y、n、true、false 读成布尔值，请给这个值加上引号。';
	if (expected === 'string' && actual === 'number') return '请给这个值加上引号，让 YAML 把它当作文本。';
	if ((expected === 'integer' || expected === 'int-or-string') && actual === 'string') return '请去掉数字两边的引号。';
	if (expected === 'array' && actual === 'object') return '列表的每一项都要以“- ”开头。';
	return '';
}

export const zhCN: Catalog = {
	'yaml-syntax': () => '这里的 YAML 无法解析。请检查本行及上一行的缩进和标点（“:”、“-”、引号、括号）是否正确。',
	'duplicate-key': (p) => `同一层级里出现了两次“${s(p.key)}”（第一次在第 ${s(p.firstLine)} 行）。请保留一个，删掉另一个。`,
	'tab-indent': () => '这一行用制表符（Tab）缩进了。YAML 只允许用空格缩进，请把 Tab 换成空格。',
	'too-large': (p) => `文本太长，无法检查（${s(p.size)} 个字符，本检查器最多读取 ${s(p.max)} 个）。请拆分成几个较小的文件。`,
	'too-deep': (p) => `文本嵌套超过了 ${s(p.max)} 层，任何 Kubernetes 对象都用不到这么深。请检查括号是否配对。`,
	'alias-limit': () => '这个文档的大部分内容来自展开 YAML 别名（*name），kubectl 会把它当作耗尽内存的手法（“billion laughs”）而拒绝。请直接写出取值，不要层层嵌套别名。',
	'not-an-object': () => 'Kubernetes 清单必须是由字段（apiVersion、kind、metadata、spec）组成的映射，不能是列表或单个值。',
	'missing-api-version': () => '对象缺少 apiVersion，kubectl 无法判断它属于哪个 API。请补上，例如 `apiVersion: v1`（Pod、ReplicationController、Service）或 `apiVersion: apps/v1`（ReplicaSet、Deployment）。',
	'missing-kind': () => '对象缺少 kind，kubectl 不知道要创建什么。请补上，例如 `kind: Pod`。',
	'unknown-kind': (p) =>
		p.removedIn
			? `${s(p.apiVersion)} 已不再提供 ${s(p.kind)}：这个 API 版本在 Kubernetes ${s(p.removedIn)} 中已被移除。请改用 \`apiVersion: ${s(p.suggestApiVersion)}\`。`
			: p.suggestKind
				? `集群在 ${s(p.apiVersion)} 中没有名为“${s(p.kind)}”的 kind。你是不是想写 \`apiVersion: ${s(p.suggestApiVersion)}\` 和 \`kind: ${s(p.suggestKind)}\`？kind 区分大小写。`
				: `集群在 ${s(p.apiVersion)} 中没有名为“${s(p.kind)}”的 kind。请检查拼写（kind 区分大小写，例如 Pod、Deployment）以及 apiVersion。`,
	'kind-not-checked': (p) => `${s(p.kind)}（${s(p.apiVersion)}）是 Kubernetes 的内置类型，但本课程只详细检查 Pod、ReplicationController、ReplicaSet、Deployment 和 Service。`,
	'unknown-field': (p) => `这里没有“${s(p.name)}”这个字段，API 服务器会拒绝该对象。${p.suggestion ? `你是不是想写“${s(p.suggestion)}”？` : ''}请检查拼写和缩进：缩进层级不对，字段就会落到别的对象里。`,
	'type-mismatch': (p) => `${s(p.field)} 应该是${typeName[s(p.expected)] ?? s(p.expected)}，这里却是${actualName[s(p.actual)] ?? s(p.actual)}。${typeHint(s(p.expected), s(p.actual))}`,
	'invalid-quantity': (p) => `“${s(p.value)}”不是合法的数量值。请写数字加可选的单位：CPU 如 500m 或 1，内存如 128Mi 或 1Gi。`,
	required: (p) => `${s(p.field)} 是必填字段，请补上。`,
	'missing-name': () => '每个对象都需要名称：请在 `metadata:` 下添加 `name:`。',
	'invalid-name': (p) => `${s(p.value)} 不能用作 ${s(p.field)}。名称要求：${nameRule[s(p.rule)] ?? nameRule.subdomain}。`,
	'invalid-label-key': (p) => `${s(p.field)} 中的键 ${s(p.value)} 不是合法的标签键。键名最多 63 个字符，可用字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾；前面可以加 DNS 前缀和“/”（如 example.com/tier）。`,
	'invalid-label-value': (p) => `${s(p.field)} 中的值 ${s(p.value)} 不是合法的标签值。标签值最多 63 个字符，可用字母、数字、“-”、“_”和“.”，并以字母或数字开头和结尾（也可以为空）。`,
	'invalid-annotation-key': (p) => `注解键 ${s(p.value)} 不合法。注解键的规则与标签键相同：可选的 DNS 前缀和“/”，再加最多 63 个字母、数字、“-”、“_”或“.”。`,
	'annotations-too-long': () => '所有注解加起来超过了 256 KiB。大块数据请放到 ConfigMap 里。',
	'selector-values': (p) => `${s(p.field)}：运算符 In 和 NotIn 需要给出取值列表，Exists 和 DoesNotExist 则不能带取值。请按运算符增删 values。`,
	'selector-operator': (p) => `${s(p.value)} 不是选择算符的运算符。请使用 In、NotIn、Exists 或 DoesNotExist。`,
	'probe-handler-missing': (p) => `${s(p.field)} 处的探针没有说明如何检查容器。请在 exec、httpGet、tcpSocket、grpc 中选且只选一种。`,
	'probe-handler-multiple': (p) => `一个探针只能使用一种检查方式，${s(p.field)} 却又加了一种。请在 exec、httpGet、tcpSocket、grpc 中只保留一个。`,
	'probe-success-threshold': (p) => `${p.probe === 'startupProbe' ? '启动探针' : '存活探针'}的 successThreshold 必须为 1：kubelet 在第一次成功时就会采取行动。请删掉该字段或设为 1。`,
	'negative-value': (p) => `${s(p.field)} 的值为 ${s(p.value)}，但它不能为负数。请使用 0 或更大的值。`,
	'invalid-value': (p) => `${s(p.field)} 的值 ${s(p.value)} 不合法，请对照该字段的文档修改。`,
	'image-whitespace': () => '镜像名称的开头或结尾有空格，请删掉这些空格。',
	'active-deadline-range': (p) => `activeDeadlineSeconds 现在是 ${s(p.value)}，它必须是 1 到 2147483647 之间的整数秒。`,
	'ephemeral-in-template': () => '临时容器（ephemeral container）是为调试而临时加入运行中 Pod 的（kubectl debug），不能写在 Pod 模板里。请删掉它们。',
	'probe-grace-period': (p) => `探针的 terminationGracePeriodSeconds 必须大于 0（现在是 ${s(p.value)}）。删掉它即可沿用 Pod 的宽限期。`,
	'readiness-grace-period': () => '就绪探针从不重启容器，所以为它设置 terminationGracePeriodSeconds 没有意义。请删掉该字段。',
	'invalid-port': (p) => `${s(p.value)} 不是 ${s(p.field)} 的合法端口。请使用 1 到 65535 之间的数字${s(p.field).endsWith('containerPort') || s(p.field).endsWith('.port') ? '' : '，或容器端口的名称'}。`,
	'invalid-header': (p) => `${s(p.value)} 不是合法的 HTTP 头名称，只能包含字母、数字和“-”。`,
	'invalid-resource-name': (p) => `${s(p.value)} 不是容器可以申请的资源。请使用 cpu、memory 或 ephemeral-storage（或带域名前缀的扩展资源）。`,
	'negative-quantity': (p) => `${s(p.field)} 为负数（${s(p.value)}）。资源请求和限制都必须大于或等于 0。`,
	'non-integer-resource': (p) => `${s(p.field)} 必须是整数个单位，不能是 ${s(p.value)}。`,
	'limit-required': (p) => `${s(p.field)} 必须为这种资源设置限制：它不允许超售，请求值和限制值必须相等。`,
	'requests-exceed-limits': (p) => `${s(p.resource)} 的请求值（${s(p.request)}）大于其限制值（${s(p.limit)}）。容器申请的资源不能超过它被允许使用的上限：请调低请求值或调高限制值。`,
	'requests-equal-limits': (p) => `${s(p.resource)} 不允许超售，所以请求值（${s(p.request)}）必须等于限制值（${s(p.limit)}）。`,
	'invalid-port-name': (p) => `${s(p.value)} 不是合法的端口名称。端口名称最多 15 个字符，只能包含小写字母、数字和“-”，至少含一个字母，且不能以“-”开头或结尾。`,
	'duplicate-port-name': (p) => `端口名称 ${s(p.value)} 用了两次。每个端口都需要自己的名称。`,
	'unsupported-protocol': (p) => `${s(p.value)} 不是 Kubernetes 支持的协议。请使用大写的 TCP（默认）、UDP 或 SCTP。`,
	'invalid-env-name': (p) => `${s(p.value)} 不是合法的环境变量名。请使用不含“=”的可打印字符，例如 LOG_LEVEL。`,
	'env-value-from': (p) => `${s(p.field)}：环境变量只能写 value 或 valueFrom 之一，且 valueFrom 必须指定恰好一个来源（fieldRef、resourceFieldRef、configMapKeyRef 或 secretKeyRef）。`,
	'volume-not-found': (p) => `这个容器挂载了卷 ${s(p.value)}，但 Pod 中没有这个名称的卷。请在 spec.volumes 下添加它，或修改名称使两边一致。`,
	'duplicate-mount-path': (p) => `有两个卷挂载使用了同一路径 ${s(p.value)}。每个挂载都要有自己的 mountPath。`,
	'duplicate-volume-name': (p) => `卷名称 ${s(p.value)} 用了两次。每个卷都需要自己的名称。`,
	'volume-type': (p) => `${s(p.field)}：一个卷必须且只能有一种来源，例如 emptyDir、configMap 或 persistentVolumeClaim。`,
	'unsupported-value': (p) => `${s(p.field)} 不能取值 ${s(p.value)}。可选值为：${s(p.supported)}（区分大小写）。`,
	'no-containers': (p) => `${s(p.field)} 是空的，但 Pod 至少需要一个容器。请添加一个带 name 和 image 的容器。`,
	'duplicate-container-name': (p) => `有两个容器都叫 ${s(p.value)}。同一个 Pod 中的容器名称必须唯一。`,
	'unsupported-restart-policy': (p) => `${s(p.value)} 不是合法的重启策略。请使用 Always（默认）、OnFailure 或 Never。`,
	'template-restart-policy': (p) => `${s(p.owner)} 要让它的 Pod 一直运行，所以模板中的 restartPolicy 必须是 Always（现在是 ${s(p.value)}）。请删掉该字段或改为 Always。`,
	'template-active-deadline': () => 'activeDeadlineSeconds 会让控制器的 Pod 到期停止，而控制器本该让它们一直运行。请从模板中删掉它。',
	'selector-mismatch': (p) => `${s(p.owner)} 的选择算符与 Pod 模板的标签（${s(p.value)}）不匹配，它创建的 Pod 将不会被算作自己的。请让模板包含选择算符要求的每个标签，且取值相同。`,
	'selector-required': (p) => `${s(p.owner)} 需要选择算符来找到它的 Pod。${p.owner === 'ReplicationController' ? '请添加 spec.selector，或者给模板加上标签（选择算符默认取模板的标签）。' : '请添加 spec.selector.matchLabels，写上 Pod 模板的标签。'}`,
	'template-required': () => '控制器需要一个 Pod 模板（spec.template）来描述要创建的 Pod。',
	'selector-empty': () => '空的选择算符会匹配命名空间中的所有 Pod。请添加与模板标签一致的 matchLabels（或 matchExpressions）。',
	'selector-invalid': () => '这个选择算符无法解析：matchLabels 的每一项都要有合法的标签键和值；matchExpressions 的每一项都要有合法的键、使用 In、NotIn、Exists 或 DoesNotExist 之一作为运算符，并且只有 In 和 NotIn 才能带 values。选择算符能够解析之后，API 服务器才会检查 Pod 模板。',
	'selector-immutable': () => 'ReplicaSet 或 Deployment 创建之后，选择算符就不能再修改。请改为创建一个新对象。',
	'pod-update-forbidden': (p) => `Pod 创建之后，其 spec 只允许少数几种修改：更换容器镜像、调低 activeDeadlineSeconds、添加容忍度（tolerations）以及移除调度门控（schedulingGates）。此次更新还修改了 ${s(p.changed)}。请先删除 Pod 再重新创建（先 kubectl delete，再 kubectl apply），或者交给 Deployment 来替换它的 Pod。`,
	'pod-update-containers': (p) => `Pod 创建之后不能增加或减少容器（${s(p.field)} 原有 ${s(p.before)} 个，此次更新为 ${s(p.after)} 个）。请删除 Pod，再用所需的容器重新创建。`,
	'active-deadline-increase': (p) => `已有 Pod 的 activeDeadlineSeconds 只能调低：当前为 ${s(p.previous)}，而 ${s(p.value)} 比它大。请保持在 ${s(p.previous)} 或以下。`,
	'active-deadline-removed': (p) => `已有 Pod 的 activeDeadlineSeconds 不能删除（当前为 ${s(p.previous)}）。请保留该字段；可以调低它的值。`,
	'toleration-modified': () => '已有 Pod 的容忍度只能增加，而此次更新删除或修改了其中一条（只有 tolerationSeconds 可以修改）。请保留现有的每条容忍度（可用 kubectl get pod -o yaml 查看），再添加新的。',
	'scheduling-gate-added': (p) => `已有 Pod 的调度门控只能移除、不能添加：${s(p.value)} 是新增的。请删掉它，或者带着这个门控重新创建 Pod。`,
	'node-selector-mutation': () => 'Pod 被调度门控阻挡期间，其 nodeSelector 只能增加条目，而此次更新修改或删除了已有条目。请保持已有条目不变。',
	'finalizers-while-deleting': (p) => `该对象正在被删除，此时不能再添加 finalizer（新增的是 ${s(p.value)}）。请从此次更新中去掉它们。`,
	'field-immutable': (p) => `对象创建之后，${s(p.field)} 就不能再修改（此次更新将其设为 ${s(p.value)}）。请从清单中删掉该字段：API 服务器会保留已存储的值。`,
	'invalid-percent': (p) => `${s(p.value)} 不能用作 ${s(p.field)}。请写整数（如 2）或百分比（如 25%）。`,
	'strategy-rolling-update': () => 'rollingUpdate 设置只适用于 RollingUpdate 策略。请删掉它，或把 type 改为 RollingUpdate。',
	'rolling-update-zero': () => 'maxUnavailable 和 maxSurge 不能同时为 0，否则滚动更新永远无法替换任何 Pod。请至少放宽其中一个。',
	'progress-deadline': () => 'progressDeadlineSeconds 必须大于 minReadySeconds，否则每次上线都会被判定为停滞。',
	'service-ports-required': () => 'Service 至少需要在 spec.ports 下定义一个端口（无头 Service 和 ExternalName 类型除外）。',
	'service-port-name-required': (p) => `${s(p.field)}：Service 有多个端口时，每个端口都必须有名称。`,
	'unsupported-service-type': (p) => `${s(p.value)} 不是合法的 Service 类型。请使用 ClusterIP（默认）、NodePort、LoadBalancer 或 ExternalName。`,
	'node-port-cluster-ip': () => 'nodePort 只对 NodePort 和 LoadBalancer 类型的 Service 有效。请删掉它，或修改 type。',
	'duplicate-service-port': () => '这个 Service 有两个端口使用了相同的端口号和协议。请给它们设置不同的 port。',
	'duplicate-host-port': (p) => `这个 Pod 有两个端口占用了同一个主机端口 ${s(p.value)}（协议/主机 IP/端口）：一个节点上只能绑定一次。请给它们设置不同的 hostPort，或者删掉 hostPort（Service 不需要它也能访问 Pod）。`,
	'host-network-port': (p) => `设置 hostNetwork: true 后，容器直接在节点上监听，所以 hostPort 必须等于 containerPort（现在是 ${s(p.value)}）。请删掉 hostPort，或把它设为 containerPort 的值。`,
	'container-restart-policy': () => '只有 Init 容器可以设置 restartPolicy（设为 Always 即成为边车容器）。请从这个容器中删掉它；Pod 的 spec.restartPolicy 会生效。',
	'init-restart-policy': (p) => `Init 容器的 restartPolicy 只能是 Always，表示它是与应用容器一起运行的边车容器（现在是 ${s(p.value)}）。普通的 Init 容器请删掉该字段。`,
	'init-container-field': (p) => `${s(p.field)}：Init 容器在应用启动前运行至结束，不能设置探针或生命周期回调。请删掉它们，或加上 restartPolicy: Always 使其成为边车容器。`,
	'no-objects': () => '文件中没有任何 Kubernetes 对象（为空或只有注释），kubectl apply 无可提交。请写一个清单：apiVersion、kind、metadata 和 spec。',
	'object-too-large': (p) => `这个对象转成 JSON 后有 ${s(p.size)} 字节，而 API 服务器拒绝超过 ${s(p.max)} 字节（3 MiB）的请求。请把数据拆分到几个较小的对象中。`,
	'list-items': () => 'List 的 items 必须是对象列表（以“- ”开头的行），每项一个对象。',
	'invalid-base64': (p) => `${s(p.field)} 必须是 base64 编码（API 服务器会把它解码成字节），但第 ${s(p.offset)} 个字节无法解码。请先编码，例如 \`echo -n 'value' | base64\`，或者把明文写到 stringData 下。`,
	'invalid-config-key': (p) => `${s(p.value)} 不能用作这里的键：ConfigMap 和 Secret 的键只能包含字母、数字、“-”、“_”和“.”（它们会成为文件名），最多 253 个字符，且不能是“.”或以“..”开头。`,
	'config-key-in-both': (p) => `键 ${s(p.value)} 同时出现在 data 和 binaryData 中。每个键只能出现在其中一处。`,
	'config-too-large': (p) => `数据加起来有 ${s(p.size)} 字节，而 ConfigMap 或 Secret 最多只能容纳 1 MiB（1048576 字节）。大文件请放到别处（卷、镜像），或把数据拆开。`,
	'secret-type-key': (p) => `类型为 ${s(p.type)} 的 Secret 必须包含 ${s(p.key)}。请补上它；如果这个 Secret 存放的是别的内容，请把类型设为 Opaque。`,
	'secret-docker-config': (p) => `${s(p.field)} 必须是 docker 配置文件，即一个 JSON 对象。请用 kubectl create secret docker-registry 创建，或检查 JSON 内容。`,
	'job-restart-policy': () => 'Job 会让 Pod 运行至结束，所以模板必须说明容器失败时怎么办：restartPolicy 设为 OnFailure（在同一个 Pod 中重启容器）或 Never（启动新的 Pod）。默认值 Always 在这里不允许。',
	'job-selector-generated': () => 'Job 会根据自己的 uid 自动生成选择算符。请删掉 spec.selector（交给 API 服务器生成）；如果确实要自己挑选 Pod，请设置 manualSelector: true。',
	'job-indexed-only': (p) => `${s(p.field)} 只适用于 Indexed 类型的 Job。请删掉它，或设置 completionMode: Indexed。`,
	'job-indexed-name': () => 'Indexed Job 会把 Pod 命名为“<Job 名称>-<序号>”，而用这个名称时，最后一个 Pod 的名称不是合法的 DNS 标签（最多 63 个小写字母、数字和“-”）。请缩短名称。',
	'invalid-finalizer': (p) => `${s(p.value)} 不是 Kubernetes 认识的 finalizer。请使用 kubernetes，或带域名前缀的名称（如 example.com/cleanup）。`,
	'latest-tag': (p) => `镜像 ${s(p.image)} 没有版本标签（或用的是 :latest），不同节点可能运行不同版本，回滚时也无法回到确定的版本。请固定版本，例如 nginx:1.27。`,
	'no-resource-requests': (p) => `容器“${s(p.container)}”没有申请 CPU 或内存，调度器无法为它预留资源，节点资源紧张时它会最先被驱逐。请添加 resources.requests。`,
	'no-liveness-probe': (p) => `容器“${s(p.container)}”没有存活探针（livenessProbe）：如果它卡住却没有退出，kubelet 不会重启它。`,
	'no-readiness-probe': (p) => `容器“${s(p.container)}”没有就绪探针（readinessProbe）：无论是否准备好，Service 都会在它启动后立即把流量转给它。`,
};
